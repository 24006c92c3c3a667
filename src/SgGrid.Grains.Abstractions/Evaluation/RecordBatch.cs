using SgGrid.Domain.Evaluation;

namespace SgGrid.Grains.Abstractions.Evaluation;

/// <summary>
/// Flow-log records of one ENI, split by the side each names: IPv4 flows packed (<see cref="FlowBatch"/>, 16 bytes each), IPv6
/// ones as <see cref="Flow"/>s (rare in practice, so not packed).
/// </summary>
[GenerateSerializer, Immutable, Alias("sggrid.RecordBatch")]
public sealed record RecordBatch
{
    /// <summary>IPv4 flows the ENI received (<c>in</c>): decided on its ingress.</summary>
    [Id(0)] public required FlowBatch Ingress { get; init; }

    /// <summary>IPv4 flows the ENI sent (<c>out</c>): decided on its egress.</summary>
    [Id(1)] public required FlowBatch Egress { get; init; }

    [Id(2)] public Flow[] Ipv6Ingress { get; init; } = [];

    [Id(3)] public Flow[] Ipv6Egress { get; init; } = [];
}
