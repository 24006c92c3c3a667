using System.Collections.Immutable;
using SgGrid.Domain.Rules;
using SgGrid.Grains.Abstractions.Analysis;
using SgGrid.Grains.Abstractions.NetworkInterfaces;

namespace SgGrid.Api.Replay.Deciding;

/// <summary>
/// Production's rule hits of one replay, per ENI, held until the upload is verified and then added to the ENIs in one call
/// each — so a body the signature does not cover (or a failed replay) counts nothing. Bounded by the region's ENIs × the rules
/// that decided records on each.
/// </summary>
public sealed class RuleHitTally
{
    private readonly Dictionary<string, Dictionary<(string GroupId, string RuleId, Direction Direction), long>> _hits = new(StringComparer.Ordinal);

    public void Add(string networkInterfaceId, string groupId, string ruleId, Direction direction)
    {
        if (!_hits.TryGetValue(networkInterfaceId, out var rules))
        {
            _hits[networkInterfaceId] = rules = [];
        }

        var key = (groupId, ruleId, direction);
        rules[key] = rules.GetValueOrDefault(key) + 1;
    }

    /// <summary>Adds the hits to every ENI (production's grains), a bounded number of calls at a time.</summary>
    public async Task CommitAsync(IGrainFactory grains, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grains);
        await Parallel.ForEachAsync(_hits, new ParallelOptions { MaxDegreeOfParallelism = 64, CancellationToken = cancellationToken }, async (entry, _) =>
        {
            ImmutableArray<RuleHitIncrement> increments = [.. entry.Value.Select(h => new RuleHitIncrement(h.Key.GroupId, h.Key.RuleId, h.Key.Direction, h.Value))];
            await grains.GetGrain<INetworkInterfaceGrain>(entry.Key).AddRuleHitsAsync(increments);
        });
    }
}
