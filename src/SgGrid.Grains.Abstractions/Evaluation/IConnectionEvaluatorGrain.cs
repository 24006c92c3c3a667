using Orleans.Concurrency;
using SgGrid.Domain.Evaluation;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Abstractions.Evaluation;

/// <summary>
/// Decides connections between ENIs, or between an ENI and an external address: the sender's egress filter is
/// evaluated on the sender's ENI grain and the receiver's ingress on the receiver's, never one call per flow.
/// A stateless worker: it runs on the caller's silo. Keyed by <see cref="ConnectionEvaluators.Key"/>, scoped like the
/// ENIs it calls (<see cref="Scenarios.GrainScope"/>); reach it with <see cref="ConnectionEvaluators.GetConnectionEvaluator"/>.
/// </summary>
[Alias("sggrid.IConnectionEvaluatorGrain")]
public interface IConnectionEvaluatorGrain : IGrainWithStringKey
{
    /// <summary>One connection with both sides explained; a null ENI id is an external end.</summary>
    [Alias("Check")]
    Task<Outcome<ConnectionCheck>> CheckAsync(ResourceOwner caller, string? sourceNetworkInterfaceId, string? destinationNetworkInterfaceId, Flow flow);

    /// <summary>The throughput path: a batch routed per ENI, one call per ENI and direction.</summary>
    [Alias("CheckBatch")]
    Task<Outcome<ConnectionBatchResult>> CheckBatchAsync(ResourceOwner caller, ConnectionBatch batch);

    /// <summary>A batch with every side explained (CheckFlows): still one call per ENI and direction.</summary>
    [Alias("CheckBatchExplained")]
    Task<Outcome<ExplainedBatchResult>> CheckBatchExplainedAsync(ResourceOwner caller, ConnectionBatch batch);
}
