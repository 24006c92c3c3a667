using System.Collections.Immutable;

namespace SgGrid.Grains.Abstractions.Health;

/// <summary>The exact health of every rule of a group (over its members) or of an ENI (over all its groups).</summary>
[GenerateSerializer, Immutable, Alias("sggrid.RuleHealthReport")]
public sealed record RuleHealthReport
{
    [Id(0)] public ImmutableArray<RuleHealthFinding> Rules { get; init; } = [];

    /// <summary>The distinct effective policies analyzed (member ENIs with the same groups share one).</summary>
    [Id(1)] public int PolicyClassCount { get; init; }

    /// <summary>The ENIs the analysis covered (0 for a group without members: analyzed as the group alone).</summary>
    [Id(2)] public int NetworkInterfaceCount { get; init; }
}
