using SgGrid.Domain.Rules;
using SgGrid.Grains.Abstractions.Analysis;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Errors;

namespace SgGrid.Grains.SecurityGroups;

/// <summary>
/// Rule hits: counted by the member ENIs where flows are evaluated, summed here on request. A member's counts run from its
/// join or the last reset, whichever is later: an ENI drops its counts of a group's rules when it leaves, so no count kept
/// outside the group can miss a reset (docs/semantics.md, "Rule hits").
/// </summary>
public sealed partial class SecurityGroupGrain
{
    /// <summary>How many members are asked at once.</summary>
    private const int HitQueryConcurrency = 256;

    public async Task<Outcome<RuleHitReport>> GetRuleHitsAsync(ResourceOwner caller)
    {
        if (!State.Exists || !SameTenant(caller))
        {
            return Outcomes.Failure<RuleHitReport>(ResourceErrors.SecurityGroupNotFound());
        }

        var totals = State.Rules.ToDictionary(r => (r.Rule.RuleId, r.Rule.Direction), _ => 0L);
        var members = _members.Keys.ToArray();
        foreach (var chunk in members.Chunk(HitQueryConcurrency))
        {
            foreach (var counts in await Task.WhenAll(chunk.Select(id => GrainFactory.GetGrain<INetworkInterfaceGrain>(id).GetRuleHitsAsync(GroupId))))
            {
                foreach (var count in counts)
                {
                    if (totals.ContainsKey((count.SecurityGroupRuleId, count.Direction)))
                    {
                        totals[(count.SecurityGroupRuleId, count.Direction)] += count.Hits;
                    }
                }
            }
        }

        var rules = State.Rules.Select(r => new RuleHitCount(r.Rule.RuleId, r.Rule.Direction, totals[(r.Rule.RuleId, r.Rule.Direction)]))
            .OrderBy(r => r.Direction == Direction.Ingress ? 0 : 1).ToArray();
        return Outcomes.Success(new RuleHitReport(rules, State.RuleHitsResetTime, members.Length));
    }

    public async Task<MutationResult> ResetRuleHitsAsync(ResourceOwner caller)
    {
        if (!State.Exists || !SameTenant(caller))
        {
            return MutationResult.Failure(ResourceErrors.SecurityGroupNotFound());
        }

        foreach (var chunk in _members.Keys.ToArray().Chunk(HitQueryConcurrency))
        {
            await Task.WhenAll(chunk.Select(id => GrainFactory.GetGrain<INetworkInterfaceGrain>(id).ResetRuleHitsAsync(GroupId)));
        }

        State.RuleHitsResetTime = DateTimeOffset.UtcNow;
        await PersistAsync();
        return MutationResult.Success(State.Version);
    }
}
