using SgGrid.Grains.Abstractions.Evaluation;

namespace SgGrid.Grains.Abstractions.Analysis;

/// <summary>One ENI's side of a reachability question (the domain's <c>SideReachability</c>), with every decision in it explained.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.SideReachabilityView")]
public sealed record SideReachabilityView(
    [property: Id(0)] IReadOnlyList<ProtocolPlaneView> Planes,
    [property: Id(1)] IReadOnlyList<SideExplanation> Explanations);
