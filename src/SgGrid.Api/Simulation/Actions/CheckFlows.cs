using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Simulation.Binding;
using SgGrid.Api.Simulation.Responses;
using SgGrid.Domain.Evaluation;
using SgGrid.Grains.Abstractions.Evaluation;

namespace SgGrid.Api.Simulation.Actions;

/// <summary>
/// CheckFlows (SgGrid 2026-11-28): up to 10,000 flows in one request — <c>Flows.N.Source</c>, <c>.Destination</c>,
/// <c>.Protocol</c>, <c>.SourcePort</c>, <c>.DestinationPort</c> in a form body (or the query), or a JSON body
/// <c>{"Flows":[{...}]}</c> — answered as <c>Verdicts.Verdict</c> in the same order, each shaped like CheckFlow's answer.
/// The flows go through the batch path: one call per ENI and direction, not one per flow.
/// </summary>
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
        var ends = new List<(FlowEnd Source, FlowEnd Destination)>(entries.Count);
        var flows = new Flow[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var (index, entry) = entries[i];
            var prefix = $"Flows.{index}.";
            var sourceText = entry.Required("Source", 64);
            var destinationText = entry.Required("Destination", 64);
            var (protocol, sourcePort, destinationPort) = FlowParameters.Read(entry, prefix);
            if (entry.Error is { } entryError)
            {
                return entryError with { Message = $"{prefix}: {entryError.Message}" };
            }

            if (!FlowEndName.TryParse(sourceText, out var sourceName))
            {
                return ApiErrors.Malformed(prefix + "Source", "Name an ENI id, an instance id or an IP address.");
            }

            if (!FlowEndName.TryParse(destinationText, out var destinationName))
            {
                return ApiErrors.Malformed(prefix + "Destination", "Name an ENI id, an instance id or an IP address.");
            }

            var (source, destination, resolveError) = await resolver.ResolveAsync(sourceName, destinationName, prefix + "Source", prefix + "Destination");
            if (resolveError is not null)
            {
                return resolveError;
            }

            ends.Add((source!, destination!));
            flows[i] = Flow.Create(source!.Address, destination!.Address, protocol, sourcePort, destinationPort);
        }

        var ids = ends.SelectMany(e => new[] { e.Source.NetworkInterfaceId, e.Destination.NetworkInterfaceId }).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var indexOf = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var batch = new ConnectionBatch
        {
            NetworkInterfaceIds = ids,
            SourceIndexes = [.. ends.Select(e => e.Source.NetworkInterfaceId is { } id ? indexOf[id] : -1)],
            DestinationIndexes = [.. ends.Select(e => e.Destination.NetworkInterfaceId is { } id ? indexOf[id] : -1)],
            Flows = flows,
        };
        var checkedBatch = await region!.Evaluator.CheckBatchExplainedAsync(region.Owner, batch);
        if (!checkedBatch.Succeeded)
        {
            return RpcResult.Fail(checkedBatch.Errors);
        }

        var result = checkedBatch.Value!;
        var verdicts = new FlowVerdict[flows.Length];
        for (var i = 0; i < flows.Length; i++)
        {
            var (source, destination) = ends[i];
            var flow = flows[i];
            verdicts[i] = new FlowVerdict(
                result.Allowed(i),
                new FlowDescription(source.Name, source.Address.ToString(), destination.Name, destination.Address.ToString(),
                    FlowDescription.ProtocolName(flow.Protocol), flow.SourcePort, flow.DestinationPort),
                result.Source[i] is { } s ? FlowSide.From(source.NetworkInterfaceId!, s) : FlowSide.External,
                result.Destination[i] is { } d ? FlowSide.From(destination.NetworkInterfaceId!, d) : FlowSide.External);
        }

        return RpcResult.Ok(new Response(verdicts.Count(v => v.Allowed), verdicts.Count(v => !v.Allowed), new VerdictList(verdicts)));
    }

    public sealed record Response(int AllowedCount, int DeniedCount, VerdictList Verdicts);

    public sealed record VerdictList(IReadOnlyList<FlowVerdict> Verdict);
}
