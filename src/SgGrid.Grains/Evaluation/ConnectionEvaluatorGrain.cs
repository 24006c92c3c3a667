using Orleans.Concurrency;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Evaluation;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Errors;
using SgGrid.Grains.Scenarios;

namespace SgGrid.Grains.Evaluation;

/// <summary>Routes connection checks to the ENIs that own the filters and joins their answers (decision D13).</summary>
[StatelessWorker]
public sealed partial class ConnectionEvaluatorGrain : ScopedGrain, IConnectionEvaluatorGrain
{
    private static readonly FilterDecision ExternalSide = new(true, DecisionReason.Default, -1);

    public async Task<Outcome<ConnectionCheck>> CheckAsync(ResourceOwner caller, string? sourceNetworkInterfaceId, string? destinationNetworkInterfaceId, Flow flow)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var ids = new[] { sourceNetworkInterfaceId, destinationNetworkInterfaceId }.OfType<string>().ToArray();
        if (await CheckOwnersAsync(caller, ids) is { } error)
        {
            return Outcomes.Failure<ConnectionCheck>(error);
        }

        var source = sourceNetworkInterfaceId is null ? null : GrainFactory.GetCachedGrain<INetworkInterfaceGrain>(sourceNetworkInterfaceId).EvaluateAsync(Direction.Egress, flow);
        var destination = destinationNetworkInterfaceId is null ? null : GrainFactory.GetCachedGrain<INetworkInterfaceGrain>(destinationNetworkInterfaceId).EvaluateAsync(Direction.Ingress, flow);
        var sourceOutcome = source is null ? null : await source;
        var destinationOutcome = destination is null ? null : await destination;
        foreach (var outcome in new[] { sourceOutcome, destinationOutcome })
        {
            if (outcome is not null && !outcome.Succeeded)
            {
                return Outcomes.Failure<ConnectionCheck>(outcome.Errors);
            }
        }

        return Outcomes.Success(new ConnectionCheck { Flow = flow, Source = sourceOutcome?.Value, Destination = destinationOutcome?.Value });
    }

    public async Task<Outcome<ConnectionBatchResult>> CheckBatchAsync(ResourceOwner caller, ConnectionBatch batch)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(batch);
        var count = batch.Flows.Length;
        if (batch.SourceIndexes.Length != count || batch.DestinationIndexes.Length != count)
        {
            return Outcomes.Failure<ConnectionBatchResult>(new EcsError(EcsErrorCodes.InvalidParameter, "Every flow needs a source and a destination index."));
        }

        var ids = batch.NetworkInterfaceIds;
        foreach (var index in batch.SourceIndexes.Concat(batch.DestinationIndexes))
        {
            if (index < -1 || index >= ids.Length)
            {
                return Outcomes.Failure<ConnectionBatchResult>(new EcsError(EcsErrorCodes.InvalidParameter, $"The network interface index {index} is out of range."));
            }
        }

        if (await CheckOwnersAsync(caller, ids) is { } error)
        {
            return Outcomes.Failure<ConnectionBatchResult>(error);
        }

        var source = new FilterDecision[count];
        var destination = new FilterDecision[count];
        await Task.WhenAll(
            EvaluateSideAsync(ids, batch.SourceIndexes, batch.Flows, Direction.Egress, source),
            EvaluateSideAsync(ids, batch.DestinationIndexes, batch.Flows, Direction.Ingress, destination));
        return Outcomes.Success(new ConnectionBatchResult { Source = source, Destination = destination });
    }

    /// <summary>One call per ENI for this side, carrying that ENI's flows; external ends are allowed by default.</summary>
    private async Task EvaluateSideAsync(string[] ids, int[] indexes, Flow[] flows, Direction direction, FilterDecision[] results)
    {
        var byEni = new List<int>[ids.Length];
        for (var i = 0; i < flows.Length; i++)
        {
            var eni = indexes[i];
            if (eni < 0)
            {
                results[i] = ExternalSide;
            }
            else
            {
                (byEni[eni] ??= []).Add(i);
            }
        }

        var calls = new List<Task>();
        for (var eni = 0; eni < ids.Length; eni++)
        {
            if (byEni[eni] is { } positions)
            {
                calls.Add(EvaluateOneAsync(ids[eni], positions));
            }
        }

        await Task.WhenAll(calls);

        async Task EvaluateOneAsync(string id, List<int> positions)
        {
            var subset = new Flow[positions.Count];
            for (var k = 0; k < subset.Length; k++)
            {
                subset[k] = flows[positions[k]];
            }

            var decisions = await GrainFactory.GetCachedGrain<INetworkInterfaceGrain>(id).EvaluateBatchAsync(direction, subset);
            for (var k = 0; k < decisions.Length; k++)
            {
                results[positions[k]] = decisions[k];
            }
        }
    }

    private async Task<EcsError?> CheckOwnersAsync(ResourceOwner caller, IEnumerable<string> networkInterfaceIds)
    {
        // All at once: one round trip, not one per ENI; any miss answers the same error.
        var infos = await Task.WhenAll(networkInterfaceIds.Distinct(StringComparer.Ordinal)
            .Select(id => GrainFactory.GetCachedGrain<INetworkInterfaceGrain>(id).GetInfoAsync()));
        return infos.Any(info => info is null || info.Owner != caller) ? ResourceErrors.NetworkInterfaceNotFound() : null;
    }
}
