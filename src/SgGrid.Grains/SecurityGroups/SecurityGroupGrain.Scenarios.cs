using System.Collections.Immutable;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Domain.Validation;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.Grains.Errors;

namespace SgGrid.Grains.SecurityGroups;

/// <summary>ApplyWhatIfScenario's step on one production group: its rules and policy replaced by the staged ones, atomically.</summary>
public sealed partial class SecurityGroupGrain
{
    public async Task<MutationResult> PromoteAsync(ResourceOwner caller, long expectedVersion, ImmutableArray<SecurityGroupRuleView> rules, InnerAccessPolicy policy, MutationOptions options)
    {
        if (CheckWritable(caller) is { } error)
        {
            return MutationResult.Failure(error);
        }

        if (State.Version != expectedVersion)
        {
            return MutationResult.Failure(ScenarioErrors.ProductionChanged([GroupId]));
        }

        var staged = rules.IsDefault ? [] : rules;
        var current = State.Rules.ToDictionary(r => r.Rule.RuleId, StringComparer.Ordinal);
        var policyChanges = State.Type == SecurityGroupType.Normal && State.InnerAccessPolicy != policy;
        if (!policyChanges && staged.Length == current.Count && staged.All(r => current.TryGetValue(r.Rule.RuleId, out var mine) && mine.Rule == r.Rule))
        {
            return MutationResult.Success(State.Version); // nothing staged differs
        }

        var added = staged.Where(r => !current.TryGetValue(r.Rule.RuleId, out var mine) || mine.Rule != r.Rule).Select(r => r.Rule).ToArray();

        // The staged rules were validated in the scenario; what production must still have is every group and prefix
        // list they reference (a group created only in the scenario does not exist here), and room under the limits (D5).
        var peerErrors = await AcquirePeersAsync(added);
        if (!peerErrors.IsEmpty)
        {
            return MutationResult.Failure(peerErrors);
        }

        var delta = RuleWeights.Of(staged.Select(r => r.Rule), MaxEntriesInFlight) - RuleWeight();
        return await GrowAsync(delta, added, async () =>
        {
            State.Rules = [.. staged];
            if (State.Type == SecurityGroupType.Normal)
            {
                State.InnerAccessPolicy = policy;
            }

            await ReleaseUnusedPeersAsync();
            return await CommitAsync(options, membersChanged: false);
        });
    }
}
