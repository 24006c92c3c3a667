using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace SgGrid.Grains.Abstractions.Evaluation;

/// <summary>
/// The decisions of a <see cref="RecordBatch"/>, in order, one <see cref="PackedDecision"/> (4 bytes) per flow, with one
/// explanation per distinct decision of each direction. <see cref="Found"/> is false — and nothing decided — when the ENI does
/// not exist for the caller or its groups cannot combine into one policy.
/// </summary>
[GenerateSerializer, Immutable, Alias("sggrid.RecordDecisions")]
public sealed record RecordDecisions
{
    public static RecordDecisions NotFound { get; } = new() { Found = false };

    [Id(0)] public bool Found { get; init; }
    [Id(1)] public byte[] Ingress { get; init; } = [];
    [Id(2)] public byte[] Egress { get; init; } = [];
    [Id(3)] public byte[] Ipv6Ingress { get; init; } = [];
    [Id(4)] public byte[] Ipv6Egress { get; init; } = [];
    [Id(5)] public ImmutableArray<SideExplanation> IngressExplanations { get; init; } = [];
    [Id(6)] public ImmutableArray<SideExplanation> EgressExplanations { get; init; } = [];

    public static ReadOnlySpan<uint> Words(byte[] packed) => MemoryMarshal.Cast<byte, uint>(packed);
}
