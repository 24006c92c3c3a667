using SgGrid.Domain.Errors;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Evaluation;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Errors;

namespace SgGrid.Grains.Evaluation;

/// <summary>Explained batches (CheckFlows): routed like <see cref="CheckBatchAsync"/>, answered with the deciding rule of each side.</summary>
public sealed partial class ConnectionEvaluatorGrain
{
    public async Task<Outcome<ExplainedBatchResult>> CheckBatchExplainedAsync(ResourceOwner caller, ConnectionBatch batch)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(batch);
        var count = batch.Flows.Length;
        if (batch.SourceIndexes.Length != count || batch.DestinationIndexes.Length != count
            || batch.SourceIndexes.Concat(batch.DestinationIndexes).Any(i => i < -1 || i >= batch.NetworkInterfaceIds.Length))
        {
            return Outcomes.Failure<ExplainedBatchResult>(new EcsError(EcsErrorCodes.InvalidParameter, "Every flow needs a source and a destination index in range."));
        }

        var infos = await Task.WhenAll(batch.NetworkInterfaceIds.Distinct(StringComparer.Ordinal).Select(id => GrainFactory.GetCachedGrain<INetworkInterfaceGrain>(id).GetInfoAsync()));
        if (infos.Any(info => info is null || info.Owner != caller))
        {
            return Outcomes.Failure<ExplainedBatchResult>(ResourceErrors.NetworkInterfaceNotFound());
        }

        var source = new SideExplanation?[count];
        var destination = new SideExplanation?[count];
        await Task.WhenAll(
            ExplainSideAsync(batch.NetworkInterfaceIds, batch.SourceIndexes, batch.Flows, Direction.Egress, source),
            ExplainSideAsync(batch.NetworkInterfaceIds, batch.DestinationIndexes, batch.Flows, Direction.Ingress, destination));
        return Outcomes.Success(new ExplainedBatchResult { Source = source, Destination = destination });
    }

    private async Task ExplainSideAsync(string[] ids, int[] indexes, Flow[] flows, Direction direction, SideExplanation?[] results)
    {
        var byEni = new List<int>?[ids.Length];
        for (var i = 0; i < flows.Length; i++)
        {
            if (indexes[i] >= 0)
            {
                (byEni[indexes[i]] ??= []).Add(i);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, ids.Length).Where(e => byEni[e] is not null).Select(async eni =>
        {
            var positions = byEni[eni]!;
            var explained = await GrainFactory.GetCachedGrain<INetworkInterfaceGrain>(ids[eni]).EvaluateBatchExplainedAsync(direction, [.. positions.Select(p => flows[p])]);
            for (var k = 0; k < explained.Length; k++)
            {
                results[positions[k]] = explained[k];
            }
        }));
    }
}
