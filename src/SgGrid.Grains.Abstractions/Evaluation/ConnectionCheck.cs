using SgGrid.Domain.Evaluation;

namespace SgGrid.Grains.Abstractions.Evaluation;

/// <summary>One connection decided with explanations (decision D13): null for a side that is external (no filter).</summary>
[GenerateSerializer, Immutable, Alias("sggrid.ConnectionCheck")]
public sealed record ConnectionCheck
{
    [Id(0)] public required Flow Flow { get; init; }
    /// <summary>The sender's egress, or null when the source is external.</summary>
    [Id(1)] public SideExplanation? Source { get; init; }
    /// <summary>The receiver's ingress, or null when the destination is external.</summary>
    [Id(2)] public SideExplanation? Destination { get; init; }

    public bool Allowed => (Source?.Allowed ?? true) && (Destination?.Allowed ?? true);
}
