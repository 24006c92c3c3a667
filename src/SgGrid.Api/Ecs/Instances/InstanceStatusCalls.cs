using System.Collections.Immutable;
using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Domain.Errors;
using SgGrid.Grains.Abstractions.Instances;

namespace SgGrid.Api.Ecs.Instances;

/// <summary>
/// StartInstance(s), StopInstance(s), RebootInstance(s): the instance status machine of docs/semantics.md. A single call
/// finds the instance by id (no RegionId); a batch takes <c>InstanceId.N</c> (1-100) in a region with
/// <c>BatchOptimization</c> <c>AllTogether</c> (default: every instance in the right status or none changes) or
/// <c>SuccessFirst</c> (each on its own, with its own Code and Message).
/// </summary>
public static class InstanceStatusCalls
{
    public const int MaxInstanceIds = 100;

    private static readonly string[] BatchModes = ["AllTogether", "SuccessFirst"];

    public static async Task<RpcResult> ChangeOneAsync(RpcContext context, InstanceStatusChange change, params string[] ignoredFlags)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(ignoredFlags);
        var reader = context.Read();
        var instanceId = reader.Required("InstanceId", TenantRegion.MaxIdLength);
        var dryRun = reader.Bool("DryRun") ?? false;
        foreach (var flag in ignoredFlags)
        {
            reader.Bool(flag);
        }

        reader.Optional("StoppedMode", 32);
        if (reader.Error is { } error)
        {
            return error;
        }

        if (await InstanceLocator.FindAsync(context, instanceId) is not ({ } region, { } instance))
        {
            return InstanceApiErrors.InstanceNotFound();
        }

        if (dryRun)
        {
            return instance.Status == RequiredStatus(change) ? ApiErrors.DryRun() : InstanceApiErrors.IncorrectInstanceStatus(instance.Status);
        }

        var changed = await region.Instance(instanceId).ChangeStatusAsync(region.Owner, change);
        return changed.Succeeded ? RpcResult.Ok() : RpcResult.Fail(changed.Errors);
    }

    public static async Task<RpcResult> ChangeManyAsync(RpcContext context, InstanceStatusChange change, params string[] ignoredFlags)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(ignoredFlags);
        var reader = context.Read();
        var region = context.Region(reader);
        var ids = reader.List("InstanceId", MaxInstanceIds, TenantRegion.MaxIdLength);
        var mode = ChoiceParameters.Read(reader, "BatchOptimization", BatchModes) ?? "AllTogether";
        var dryRun = reader.Bool("DryRun") ?? false;
        foreach (var flag in ignoredFlags)
        {
            reader.Bool(flag);
        }

        reader.Optional("StoppedMode", 32);
        if (!reader.HasError && ids.IsEmpty)
        {
            reader.Fail(ApiErrors.Missing("InstanceId"));
        }

        if (reader.Error is { } error)
        {
            return error;
        }

        var distinct = ids.Distinct(StringComparer.Ordinal).ToImmutableArray();
        var found = await Task.WhenAll(distinct.Select(id => region!.FindInstanceAsync(id)));
        var required = RequiredStatus(change);
        if (mode == "AllTogether")
        {
            if (found.Any(i => i is null))
            {
                return InstanceApiErrors.InstanceNotFound();
            }

            if (found.FirstOrDefault(i => i!.Status != required) is { } wrong)
            {
                return InstanceApiErrors.IncorrectInstanceStatus(wrong.Status);
            }
        }

        if (dryRun)
        {
            return ApiErrors.DryRun();
        }

        var answers = new List<InstanceResponse>(distinct.Length);
        for (var i = 0; i < distinct.Length; i++)
        {
            if (found[i] is null)
            {
                var missing = InstanceApiErrors.InstanceNotFound();
                answers.Add(new InstanceResponse(distinct[i], missing.Code, missing.Message, "", ""));
                continue;
            }

            var changed = await region!.Instance(distinct[i]).ChangeStatusAsync(region.Owner, change);
            if (!changed.Succeeded && mode == "AllTogether")
            {
                return RpcResult.Fail(changed.Errors); // only a concurrent change of the instance gets here
            }

            var now = (await region.FindInstanceAsync(distinct[i]))?.Status ?? "";
            answers.Add(changed.Succeeded
                ? new InstanceResponse(distinct[i], "200", "success", now, changed.Value!)
                : new InstanceResponse(distinct[i], changed.Errors[0].Code, changed.Errors[0].Message, now, found[i]!.Status));
        }

        return RpcResult.Ok(new Response(new InstanceResponseList(answers)));
    }

    private static string RequiredStatus(InstanceStatusChange change) =>
        change == InstanceStatusChange.Start ? InstanceStatus.Stopped : InstanceStatus.Running;

    public sealed record Response(InstanceResponseList InstanceResponses);

    public sealed record InstanceResponseList(IReadOnlyList<InstanceResponse> InstanceResponse);

    public sealed record InstanceResponse(string InstanceId, string Code, string Message, string CurrentStatus, string PreviousStatus);
}
