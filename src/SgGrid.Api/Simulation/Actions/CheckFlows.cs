using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Simulation.Binding;
using SgGrid.Api.Simulation.Responses;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Evaluation;
using SgGrid.Grains.Abstractions.Evaluation;

namespace SgGrid.Api.Simulation.Actions;

/// <summary>
/// CheckFlows (SgGrid 2026-11-28): up to 10,000 flows in one request — <c>Flows.N.Source</c>, <c>.Destination</c>,
/// <c>.Protocol</c>, <c>.SourcePort</c>, <c>.DestinationPort</c> in a form body (or the query), or a JSON body
/// <c>{"Flows":[{...}]}</c> — answered as <c>Verdicts.Verdict</c> in the same order, each shaped like CheckFlow's answer.
/// The flows go through the batch path: one call per ENI and direction, not one per flow.
/// </summary>
/// <remarks>
/// Lenient per flow (docs/semantics.md, "Batches of real traffic"): a flow CheckFlow would refuse is answered with its
/// <c>Error</c> (Code, Message naming <c>Flows.N.</c>) in its place and counted in <c>ErrorCount</c>, and the other flows are
/// decided; a port given with a protocol that carries none is ignored and counted in <c>PortsIgnoredCount</c>. Only a
/// malformed request as a whole (no flows, too many, a bad RegionId) is refused.
/// </remarks>
public sealed class CheckFlows : IRpcAction
{
    public const int MaxFlows = 10_000;

    public string Name => nameof(CheckFlows);

    public string Version => ApiVersions.Simulation;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var entries = reader.Objects("Flows", MaxFlows);
        if (reader.Error is { } error)
        {
            return error;
        }

        if (entries.Count == 0)
        {
            return ApiErrors.Missing("Flows");
        }

        var resolver = new FlowEndResolver(region!);
        var verdicts = new FlowVerdict?[entries.Count];
        var decided = new List<(int Position, FlowEnd Source, FlowEnd Destination, Flow Flow)>(entries.Count);
        var portsIgnored = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            var (index, entry) = entries[i];
            var prefix = $"Flows.{index}.";
            var (resolved, ignored, flowError) = await ReadFlowAsync(entry, prefix, resolver);
            portsIgnored += ignored ? 1 : 0;
            if (flowError is not null)
            {
                verdicts[i] = FlowVerdict.Failed(flowError);
                continue;
            }

            decided.Add((i, resolved.Source!, resolved.Destination!, resolved.Flow));
        }

        if (decided.Count > 0)
        {
            var failure = await DecideAsync(region!, decided, verdicts);
            if (failure is not null)
            {
                return failure;
            }
        }

        var answered = verdicts.Select(v => v!).ToArray();
        return RpcResult.Ok(new Response(
            answered.Count(v => v.Allowed),
            answered.Count(v => v.Error is null && !v.Allowed),
            answered.Count(v => v.Error is not null),
            portsIgnored,
            new VerdictList(answered)));
    }

    private static async Task<((FlowEnd? Source, FlowEnd? Destination, Flow Flow) Resolved, bool PortsIgnored, EcsError? Error)> ReadFlowAsync(
        Ecs.Binding.ParameterReader entry, string prefix, FlowEndResolver resolver)
    {
        var sourceText = entry.Required("Source", 64);
        var destinationText = entry.Required("Destination", 64);
        var (protocol, sourcePort, destinationPort) = FlowParameters.ReadLenient(entry, prefix, out var portsIgnored);
        if (entry.Error is { } entryError)
        {
            return (default, false, entryError with { Message = $"{prefix}: {entryError.Message}" });
        }

        if (!FlowEndName.TryParse(sourceText, out var sourceName))
        {
            return (default, portsIgnored, ApiErrors.Malformed(prefix + "Source", "Name an ENI id, an instance id or an IP address."));
        }

        if (!FlowEndName.TryParse(destinationText, out var destinationName))
        {
            return (default, portsIgnored, ApiErrors.Malformed(prefix + "Destination", "Name an ENI id, an instance id or an IP address."));
        }

        var (source, destination, resolveError) = await resolver.ResolveAsync(sourceName, destinationName, prefix + "Source", prefix + "Destination");
        return resolveError is not null
            ? (default, portsIgnored, resolveError)
            : ((source, destination, Flow.Create(source!.Address, destination!.Address, protocol, sourcePort, destinationPort)), portsIgnored, null);
    }

    /// <summary>Decides the readable flows in one batch and puts each verdict at its position; an error when the batch failed.</summary>
    private static async Task<EcsError?> DecideAsync(
        Ecs.Resources.TenantRegion region, List<(int Position, FlowEnd Source, FlowEnd Destination, Flow Flow)> decided, FlowVerdict?[] verdicts)
    {
        var ids = decided.SelectMany(e => new[] { e.Source.NetworkInterfaceId, e.Destination.NetworkInterfaceId }).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var indexOf = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var batch = new ConnectionBatch
        {
            NetworkInterfaceIds = ids,
            SourceIndexes = [.. decided.Select(e => e.Source.NetworkInterfaceId is { } id ? indexOf[id] : -1)],
            DestinationIndexes = [.. decided.Select(e => e.Destination.NetworkInterfaceId is { } id ? indexOf[id] : -1)],
            Flows = [.. decided.Select(e => e.Flow)],
        };
        var checkedBatch = await region.Evaluator.CheckBatchExplainedAsync(region.Owner, batch);
        if (!checkedBatch.Succeeded)
        {
            return checkedBatch.Errors[0];
        }

        var result = checkedBatch.Value!;
        for (var i = 0; i < decided.Count; i++)
        {
            var (position, source, destination, flow) = decided[i];
            verdicts[position] = new FlowVerdict(
                result.Allowed(i),
                new FlowDescription(source.Name, source.Address.ToString(), destination.Name, destination.Address.ToString(),
                    FlowDescription.ProtocolName(flow.Protocol), flow.SourcePort, flow.DestinationPort),
                result.Source[i] is { } s ? FlowSide.From(source.NetworkInterfaceId!, s) : FlowSide.External,
                result.Destination[i] is { } d ? FlowSide.From(destination.NetworkInterfaceId!, d) : FlowSide.External);
        }

        return null;
    }

    /// <summary>
    /// <c>DeniedCount</c> counts decided flows only; <c>ErrorCount</c> the flows answered with an <c>Error</c>;
    /// <c>PortsIgnoredCount</c> the flows whose ports were ignored (a protocol without ports).
    /// </summary>
    public sealed record Response(int AllowedCount, int DeniedCount, int ErrorCount, int PortsIgnoredCount, VerdictList Verdicts);

    public sealed record VerdictList(IReadOnlyList<FlowVerdict> Verdict);
}
