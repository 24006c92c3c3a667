using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.SecurityGroups;
using SgGrid.Api.Hosting;
using SgGrid.Api.Regions.Importing;
using SgGrid.Api.Regions.Json;
using SgGrid.Api.Regions.Responses;
using SgGrid.Domain.Snapshots;
using SgGrid.Domain.Snapshots.Validation;
using SgGrid.Grains.Abstractions.Regions;

namespace SgGrid.Api.Regions.Actions;

/// <summary>
/// ImportRegion (SgGrid 2026-11-28): loads a region snapshot — the bundle of Describe* answers in the request body — into
/// the caller's region. The body streams (up to <see cref="SgGridApiOptions.MaxImportBodyBytes"/> when the action is named
/// in the headers or query) and is checked whole first: any problem answers <c>InvalidParameter.Snapshot</c> with every
/// problem's path and code, and nothing is loaded. Then a job loads it and the answer is the job (<c>Wait=true</c>: once it
/// has ended); DescribeRegionImportJob follows it.
/// </summary>
/// <remarks>
/// Ids, names, descriptions, tags, rule ids, priorities, policies, memberships, addresses and creation times are kept.
/// Importing the same snapshot again changes nothing; a resource that exists with other attributes is a conflict (a
/// group's rules and policy excepted: they are set to the snapshot's, so an interrupted import finishes when repeated).
/// </remarks>
public sealed class ImportRegion(RegionImportRunner runner, RegionImportSettings settings) : IStreamedBodyAction
{
    public string Name => nameof(ImportRegion);

    public string Version => ApiVersions.Simulation;

    public long MaxBodyBytes(SgGridApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.MaxImportBodyBytes;
    }

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var wait = reader.Bool("Wait") ?? false;
        if (reader.Error is { } error)
        {
            return error;
        }

        if (context.Scenario is not null)
        {
            return ApiErrors.NotInScenario(Name);
        }

        var read = await SnapshotReader.ReadAsync(context.Body, context.CancellationToken);
        if (await context.CheckBodyHashAsync() is { } tampered)
        {
            return tampered;
        }

        if (read.Problem is { } unreadable)
        {
            return Invalid([unreadable]);
        }

        var validation = RegionSnapshotValidator.Validate(read.Snapshot!, new SnapshotValidationContext(
            context.AccountId,
            region!.RegionId,
            context.Regions.ZonesOf(region.RegionId).ToHashSet(StringComparer.Ordinal),
            SecurityGroupCalls.Quotas(context),
            settings.Emulation));
        if (!validation.Succeeded)
        {
            return Invalid(validation.Problems);
        }

        var bytes = context.Body is HashingReadStream hashing ? hashing.BytesRead : context.Body.CanSeek ? context.Body.Length : 0;
        var started = await runner.StartAsync(region, validation.Plan!, bytes);
        if (started is null)
        {
            return RegionErrors.ImportInProgress();
        }

        if (!wait)
        {
            return RpcResult.Ok(ImportJobDescription.From(started.Job));
        }

        var final = await started.Completion;
        return final.Status == RegionImportJobStatus.Succeeded
            ? RpcResult.Ok(ImportJobDescription.From(final))
            : RpcResult.Fail(RegionErrors.InvalidSnapshot(final.Problems.Length), new ImportProblemDetails(
                new ImportProblemList([.. final.Problems.Select(p => new ImportProblem(p.Path, p.Code, p.Message))]), final.JobId));
    }

    private static RpcResult Invalid(IReadOnlyList<SnapshotProblem> problems) =>
        RpcResult.Fail(RegionErrors.InvalidSnapshot(problems.Count), new ImportProblemDetails(
            new ImportProblemList([.. problems.Select(p => new ImportProblem(p.Path, p.Code, p.Message))])));
}
