using System.Collections.Immutable;
using SgGrid.Domain.Evaluation;

namespace SgGrid.Domain.Analysis;

/// <summary>
/// The first-match partition of a policy space: for each entry, the packets it decides (what it matches minus what the
/// entries before it match), with its decision. The pieces are disjoint and cover the universe.
/// </summary>
public static class SidePartition
{
    public static ImmutableArray<(PacketRegion Packets, FilterDecision Decision)> Of(PolicySpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        var pieces = ImmutableArray.CreateBuilder<(PacketRegion, FilterDecision)>();
        var rest = space.Universe;
        foreach (var entry in space.Entries)
        {
            if (rest.IsEmpty)
            {
                break;
            }

            var decided = rest.Intersect(entry.Matches);
            if (decided.IsEmpty)
            {
                continue;
            }

            pieces.Add((decided, new FilterDecision(entry.Allows, ReasonOf(entry.Kind), entry.Index)));
            rest = rest.Subtract(entry.Matches);
        }

        return pieces.ToImmutable();
    }

    private static DecisionReason ReasonOf(PolicyEntryKind kind) => kind switch
    {
        PolicyEntryKind.Rule => DecisionReason.Rule,
        PolicyEntryKind.IntraGroup => DecisionReason.IntraGroup,
        PolicyEntryKind.Default => DecisionReason.Default,
        _ => DecisionReason.Platform,
    };
}
