using System.Collections.Immutable;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Scenarios;
using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.Grains.Errors;

namespace SgGrid.Grains.Scenarios;

/// <summary>
/// ApplyWhatIfScenario: every group in scope whose staged rules or internal access policy differ is promoted with a
/// compare-and-set on the version recorded at the clone; one refusal undoes the promotions already made, so production
/// ends either with all of the staged changes or with none.
/// </summary>
/// <remarks>
/// What is promoted is the groups' rules (with their ids) and policy. ENIs, instances, memberships and groups created or
/// deleted in the scenario are staging only: they shape the diff, not production.
/// </remarks>
public sealed partial class WhatIfScenarioGrain
{
    public async Task<Outcome<WhatIfApplyResult>> ApplyAsync(ResourceOwner caller, MutationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!IsVisibleTo(caller))
        {
            return Outcomes.Failure<WhatIfApplyResult>(ScenarioErrors.NotFound());
        }

        if (State.Status == WhatIfScenarioStatus.Applied)
        {
            return Outcomes.Failure<WhatIfApplyResult>(ScenarioErrors.AlreadyApplied());
        }

        var owner = State.Owner!;
        var baseVersions = State.Manifest.BaseVersions;
        var ids = baseVersions.Keys.Order(StringComparer.Ordinal).ToArray();
        var current = await Task.WhenAll(ids.Select(id => GrainFactory.GetGrain<ISecurityGroupGrain>(id).GetInfoAsync()));
        var moved = ids.Where((id, i) => current[i] is not { } info || info.Version != baseVersions[id]).ToArray();
        if (moved.Length > 0)
        {
            return Outcomes.Failure<WhatIfApplyResult>(ScenarioErrors.ProductionChanged(moved));
        }

        var plan = new List<(string Id, ImmutableArray<SecurityGroupRuleView> Before, InnerAccessPolicy PolicyBefore, ImmutableArray<SecurityGroupRuleView> After, InnerAccessPolicy PolicyAfter)>();
        for (var i = 0; i < ids.Length; i++)
        {
            var staged = Staging.GetGrain<ISecurityGroupGrain>(ids[i]);
            if (await staged.GetInfoAsync() is not { } stagedInfo)
            {
                continue; // deleted in the scenario: deleting production groups is not promoted
            }

            var before = await GrainFactory.GetGrain<ISecurityGroupGrain>(ids[i]).GetRulesAsync();
            var after = await staged.GetRulesAsync();
            if (stagedInfo.InnerAccessPolicy != current[i]!.InnerAccessPolicy || !SameRules(before, after))
            {
                plan.Add((ids[i], before, current[i]!.InnerAccessPolicy, after, stagedInfo.InnerAccessPolicy));
            }
        }

        var done = new List<(string Id, ImmutableArray<SecurityGroupRuleView> Before, InnerAccessPolicy PolicyBefore, long Version)>();
        var promotions = ImmutableArray.CreateBuilder<WhatIfGroupPromotion>();
        foreach (var step in plan)
        {
            var result = await GrainFactory.GetGrain<ISecurityGroupGrain>(step.Id).PromoteAsync(owner, baseVersions[step.Id], step.After, step.PolicyAfter, options);
            if (!result.Succeeded)
            {
                await RollBackAsync(owner, done, options);
                return Outcomes.Failure<WhatIfApplyResult>(result.Errors);
            }

            done.Add((step.Id, step.Before, step.PolicyBefore, result.Version));
            promotions.Add(Promotion(step.Id, step.Before, step.After, step.PolicyBefore != step.PolicyAfter, result.Version));
        }

        State.Status = WhatIfScenarioStatus.Applied;
        State.ApplyTime = DateTimeOffset.UtcNow;
        await state.WriteStateAsync();
        await PublishStatusAsync();
        LogApplied(ScenarioId, promotions.Count);
        return Outcomes.Success(new WhatIfApplyResult { Groups = promotions.ToImmutable(), ApplyTime = State.ApplyTime.Value });
    }

    private async Task RollBackAsync(ResourceOwner owner, List<(string Id, ImmutableArray<SecurityGroupRuleView> Before, InnerAccessPolicy PolicyBefore, long Version)> done, MutationOptions options)
    {
        foreach (var (id, before, policy, version) in Enumerable.Reverse(done))
        {
            LogRollingBack(ScenarioId, id);
            await GrainFactory.GetGrain<ISecurityGroupGrain>(id).PromoteAsync(owner, version, before, policy, options);
        }
    }

    private static bool SameRules(ImmutableArray<SecurityGroupRuleView> left, ImmutableArray<SecurityGroupRuleView> right) =>
        left.Length == right.Length && left.Select(r => r.Rule).ToHashSet().SetEquals(right.Select(r => r.Rule));

    private static WhatIfGroupPromotion Promotion(string id, ImmutableArray<SecurityGroupRuleView> before, ImmutableArray<SecurityGroupRuleView> after, bool policyChanged, long version)
    {
        var old = before.ToDictionary(r => r.Rule.RuleId, r => r.Rule, StringComparer.Ordinal);
        var staged = after.ToDictionary(r => r.Rule.RuleId, r => r.Rule, StringComparer.Ordinal);
        return new WhatIfGroupPromotion
        {
            SecurityGroupId = id,
            RulesAdded = staged.Keys.Count(k => !old.ContainsKey(k)),
            RulesRemoved = old.Keys.Count(k => !staged.ContainsKey(k)),
            RulesModified = staged.Count(s => old.TryGetValue(s.Key, out var rule) && rule != s.Value),
            InnerAccessPolicyChanged = policyChanged,
            Version = version,
        };
    }
}
