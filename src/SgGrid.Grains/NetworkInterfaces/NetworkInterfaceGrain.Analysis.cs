using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Analysis;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.Validation;
using SgGrid.Grains.Abstractions.Analysis;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Evaluation;
using SgGrid.Grains.Errors;

namespace SgGrid.Grains.NetworkInterfaces;

/// <summary>What an ENI answers about its own policy: explained batches, effective rules, reachability, rule hits.</summary>
public sealed partial class NetworkInterfaceGrain
{
    private readonly RuleHitCounter _hits = new();

    public async Task<SideExplanation[]> EvaluateBatchExplainedAsync(Direction direction, Flow[] flows)
    {
        ArgumentNullException.ThrowIfNull(flows);
        var filter = State.Exists ? await CurrentFilterAsync() : null;
        if (filter is null)
        {
            throw new InvalidOperationException($"Network interface {NetworkInterfaceId} has no usable filter.");
        }

        var decisions = new FilterDecision[flows.Length];
        filter.For(direction).Evaluate(flows, decisions);
        _hits.Count(filter, direction, decisions);
        var explained = new Dictionary<FilterDecision, SideExplanation>();
        var policy = filter.Policy.For(direction);
        var result = new SideExplanation[flows.Length];
        var allowed = 0;
        for (var i = 0; i < decisions.Length; i++)
        {
            if (!explained.TryGetValue(decisions[i], out var explanation))
            {
                explained[decisions[i]] = explanation = SideExplanation.From(decisions[i], policy.Explain(decisions[i]), filter.Key);
            }

            result[i] = explanation;
            allowed += decisions[i].Allowed ? 1 : 0;
        }

        instruments.FlowsEvaluated.Add(allowed, Tag(direction), new KeyValuePair<string, object?>("verdict", "allow"));
        instruments.FlowsEvaluated.Add(flows.Length - allowed, Tag(direction), new KeyValuePair<string, object?>("verdict", "deny"));
        return result;
    }

    public async Task<Outcome<EffectiveRules>> GetEffectiveRulesAsync(Direction direction)
    {
        var (filter, error) = await UsableFilterAsync();
        if (filter is null)
        {
            return Outcomes.Failure<EffectiveRules>(error!);
        }

        var policy = filter.Policy.For(direction);
        var entries = new List<EffectiveRuleEntry>();
        if (policy.BlockOutboundTcp25)
        {
            entries.Add(new EffectiveRuleEntry { Position = entries.Count + 1, Kind = "Platform", Allows = false, Name = "outbound TCP 25", Protocol = "TCP", PortRange = "25/25", Remote = "addresses outside the VPC and the private ranges" });
        }

        foreach (var platform in policy.PlatformAllow)
        {
            entries.Add(new EffectiveRuleEntry
            {
                Position = entries.Count + 1, Kind = "Platform", Allows = true, Name = platform.Name, Protocol = platform.Protocol.ToString(),
                PortRange = platform.DestinationPorts.ToString(), Remote = platform.Remote.ToString(), RemoteCidrs = [platform.Remote.ToString()], RemoteCidrCount = 1,
            });
        }

        foreach (var trust in policy.IntraGroupTrust)
        {
            var cidrs = trust.Members.ToCidrs();
            entries.Add(new EffectiveRuleEntry
            {
                Position = entries.Count + 1, Kind = "IntraGroup", Allows = true, SecurityGroupId = trust.GroupId, Protocol = "ALL", PortRange = "-1/-1",
                Remote = trust.GroupId, RemoteCidrs = [.. cidrs.Take(EffectiveRuleEntry.MaxRemoteCidrs).Select(c => c.ToString())], RemoteCidrCount = cidrs.Length,
            });
        }

        foreach (var rule in policy.Rules)
        {
            var cidrs = rule.RemoteAddresses.ToCidrs();
            entries.Add(new EffectiveRuleEntry
            {
                Position = entries.Count + 1,
                Kind = "Rule",
                Allows = rule.Rule.Policy == RulePolicy.Accept,
                SecurityGroupId = rule.GroupId,
                SecurityGroupRuleId = rule.Rule.RuleId,
                Priority = rule.Rule.Priority,
                Policy = EnumParsers.ToEcsString(rule.Rule.Policy),
                Protocol = rule.Rule.Protocol.ToString(),
                PortRange = rule.Rule.DestinationPorts.ToString(),
                SourcePortRange = rule.Rule.SourcePorts.IsAll ? null : rule.Rule.SourcePorts.ToString(),
                Remote = rule.Rule.Remote switch
                {
                    CidrPeer cidr => cidr.Cidr.ToString(),
                    SecurityGroupPeer group => group.GroupId,
                    PrefixListPeer list => list.PrefixListId,
                    _ => null,
                },
                RemoteCidrs = [.. cidrs.Take(EffectiveRuleEntry.MaxRemoteCidrs).Select(c => c.ToString())],
                RemoteCidrCount = cidrs.Length,
                LocalCidr = rule.Rule.LocalCidr?.ToString(),
                Description = string.IsNullOrEmpty(rule.Rule.Description) ? null : rule.Rule.Description,
            });
        }

        entries.Add(new EffectiveRuleEntry { Position = entries.Count + 1, Kind = "Default", Allows = policy.DefaultAllows, Protocol = "ALL", PortRange = "-1/-1" });
        return Outcomes.Success(new EffectiveRules(entries, filter.Key, EnumParsers.ToEcsString(policy.GroupType)));
    }

    public async Task<Outcome<SideReachabilityView>> AnalyzeReachabilityAsync(Direction direction, NetworkAddress local, NetworkAddress remote)
    {
        var (filter, error) = await UsableFilterAsync();
        if (filter is null)
        {
            return Outcomes.Failure<SideReachabilityView>(error!);
        }

        if (!AllAddresses().Contains(local) || local.Family != remote.Family)
        {
            return Outcomes.Failure<SideReachabilityView>(new EcsError(EcsErrorCodes.InvalidParameter,
                $"{local} is not an address of {NetworkInterfaceId} of the family of {remote}."));
        }

        var compiled = filter.For(direction);
        var policy = filter.Policy.For(direction);
        var side = SideReachability.Compute(policy, flow => compiled.Evaluate(flow), local, remote);
        var planes = side.Planes.Select(p => new ProtocolPlaneView(p.Protocol.Number, p.Protocol.IsOther, [.. p.SourceStarts], [.. p.DestinationStarts], [.. p.Cells])).ToArray();
        var explanations = side.Planes.SelectMany(p => p.Cells).Distinct().Select(d => SideExplanation.From(d, policy.Explain(d), filter.Key)).ToArray();
        return Outcomes.Success(new SideReachabilityView(planes, explanations));
    }

    public Task<ImmutableArray<RuleHitCount>> GetRuleHitsAsync(string securityGroupId) => Task.FromResult(_hits.For(securityGroupId));

    public async Task ResetRuleHitsAsync(string securityGroupId)
    {
        _hits.Reset(securityGroupId);
        await SaveRuleHitsAsync();
    }

    /// <summary>
    /// Keeps the hit counts in the grain's state, so they outlive the activation. A scenario's copy keeps them in memory
    /// only: a deactivating copy must not write its state back after its scenario was deleted.
    /// </summary>
    private async Task SaveRuleHitsAsync()
    {
        if (!State.Exists || !_hits.Dirty || Scope is not null)
        {
            return;
        }

        State.RuleHits = _hits.Export();
        await state.WriteStateAsync();
    }

    private async Task<(Filters.NetworkInterfaceFilter? Filter, EcsError? Error)> UsableFilterAsync()
    {
        if (!State.Exists)
        {
            return (null, ResourceErrors.NetworkInterfaceNotFound());
        }

        var filter = await CurrentFilterAsync();
        return filter is null
            ? (null, new EcsError(EcsErrorCodes.SecurityGroupTypeMismatch, "The network interface's security groups cannot be combined into one policy."))
            : (filter, null);
    }
}
