using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Analysis;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.Health;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.Grains.Analysis;
using SgGrid.Grains.Errors;
using SgGrid.Grains.Filters;
using SgGrid.Grains.Hosting;
using SgGrid.Grains.Scenarios;

namespace SgGrid.Grains.Health;

/// <summary>
/// DescribeSecurityGroupHealth's exact part: each rule analyzed in the effective policy of the ENIs it applies to, built
/// from the groups' snapshots exactly as the ENIs' filters are. A group is analyzed once per class of members with the
/// same groups (over those members' addresses) and the classes combined; a group without members is analyzed alone.
/// </summary>
/// <remarks>
/// Each call is one analysis of the <see cref="AnalysisGate"/>: bounded per tenant and per silo, in time, and stopped
/// when its caller is gone; the policies are built and analyzed in the analysis' computing slot.
/// </remarks>
[StatelessWorker]
public sealed partial class RuleHealthGrain(IOptions<SgGridGrainOptions> options, AnalysisGate gate) : ScopedGrain, IRuleHealthGrain
{
    private readonly EmulationOptions _emulation = options.Value.Emulation;

    public async Task<Outcome<RuleHealthReport>> AnalyzeNetworkInterfaceAsync(ResourceOwner caller, string networkInterfaceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await GrainFactory.GetGrain<INetworkInterfaceGrain>(networkInterfaceId).GetInfoAsync() is not { } eni || eni.Owner != caller)
        {
            return Outcomes.Failure<RuleHealthReport>(ResourceErrors.NetworkInterfaceNotFound());
        }

        return await AnalyzeAsync(caller, async analysis =>
        {
            var snapshots = await GroupSnapshots.FetchAsync(GrainFactory, eni.SecurityGroupIds);
            var addresses = AddressSet.FromAddresses([eni.PrimaryIpAddress, .. eni.SecondaryIpAddresses, .. eni.Ipv6Addresses]);
            return await analysis.ComputeAsync(token =>
            {
                var built = NetworkInterfacePolicies.Build([.. eni.SecurityGroupIds.Where(snapshots.ContainsKey).Select(id => snapshots[id])], _emulation);
                if (!built.IsSuccess)
                {
                    return Outcomes.Failure<RuleHealthReport>(built.Errors[0]);
                }

                var policy = built.Value!;
                var findings = new[] { Direction.Ingress, Direction.Egress }
                    .SelectMany(direction => Analyze(policy.For(direction), addresses, _ => true, token).Select(f => f.Finding))
                    .ToImmutableArray();
                return Outcomes.Success(new RuleHealthReport { Rules = findings, PolicyClassCount = 1, NetworkInterfaceCount = 1 });
            });
        }, cancellationToken);
    }

    public async Task<Outcome<RuleHealthReport>> AnalyzeSecurityGroupAsync(ResourceOwner caller, string securityGroupId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await GrainFactory.GetGrain<ISecurityGroupGrain>(securityGroupId).GetInfoAsync() is not { } group || group.Owner != caller)
        {
            return Outcomes.Failure<RuleHealthReport>(ResourceErrors.SecurityGroupNotFound());
        }

        return await AnalyzeAsync(caller, async analysis =>
        {
            var members = await DirectoryListing.AllAsync(GrainFactory.GetAccountRegionDirectory(caller), new ResourceQuery
            {
                Kind = ResourceKind.NetworkInterface,
                AnyOf = ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("SecurityGroupId", [securityGroupId]),
            });
            analysis.ThrowIfStopped();
            var classes = members
                .GroupBy(m => string.Join(",", NetworkInterfaceSummaries.GroupsOf(m)), StringComparer.Ordinal)
                .Select(c => (Groups: NetworkInterfaceSummaries.GroupsOf(c.First()), Addresses: (AddressSet?)AddressSet.UnionAll(c.Select(NetworkInterfaceSummaries.AddressesOf))))
                .ToList();
            if (classes.Count == 0)
            {
                classes.Add(([securityGroupId], null)); // no member: the group as an ENI holding only it would see it
            }

            var snapshots = await GroupSnapshots.FetchAsync(GrainFactory, classes.SelectMany(c => c.Groups).Distinct(StringComparer.Ordinal).ToList());
            return await analysis.ComputeAsync(token =>
            {
                var policies = new List<(EffectivePolicy Policy, AddressSet? Addresses)>();
                foreach (var (groups, addresses) in classes)
                {
                    token.ThrowIfCancellationRequested();
                    var built = NetworkInterfacePolicies.Build([.. groups.Where(snapshots.ContainsKey).Select(id => snapshots[id])], _emulation);
                    if (built.IsSuccess)
                    {
                        policies.Add((built.Value!, addresses));
                    }
                }

                var findings = Combine(policies, securityGroupId, token);
                return Outcomes.Success(new RuleHealthReport { Rules = findings, PolicyClassCount = policies.Count, NetworkInterfaceCount = members.Count });
            });
        }, cancellationToken);
    }

    /// <summary>
    /// Runs one analysis for <paramref name="caller"/> under the gate: refused at once when the tenant has its allowed
    /// analyses in progress; a policy whose regions grow past the bounds, or an analysis past its time, answers a clear
    /// error, not a fault.
    /// </summary>
    private async Task<Outcome<RuleHealthReport>> AnalyzeAsync(ResourceOwner caller, Func<AnalysisLease, Task<Outcome<RuleHealthReport>>> analyze, CancellationToken cancellationToken)
    {
        using var analysis = gate.TryBegin(caller.AccountId, HealthErrors.TooComplex, cancellationToken);
        if (analysis is null)
        {
            return Outcomes.Failure<RuleHealthReport>(AnalysisErrors.TenantBusy());
        }

        try
        {
            return await analyze(analysis);
        }
        catch (AnalysisRefusedException refused)
        {
            return Outcomes.Failure<RuleHealthReport>(refused.Error);
        }
        catch (RegionTooComplexException exception)
        {
            return Outcomes.Failure<RuleHealthReport>(HealthErrors.TooComplex(exception.Message));
        }
    }

    /// <summary>Each of the group's rules analyzed in every class's policy, combined with <see cref="Domain.Analysis.RuleHealth.And"/>.</summary>
    private static ImmutableArray<RuleHealthFinding> Combine(List<(EffectivePolicy Policy, AddressSet? Addresses)> policies, string securityGroupId, CancellationToken cancellationToken)
    {
        var combined = new Dictionary<(Direction, string), RuleHealthFinding>();
        var order = new List<(Direction, string)>();
        foreach (var (policy, addresses) in policies)
        {
            foreach (var direction in new[] { Direction.Ingress, Direction.Egress })
            {
                foreach (var (key, finding) in Analyze(policy.For(direction), addresses, rule => rule.GroupId == securityGroupId, cancellationToken))
                {
                    if (combined.TryGetValue(key, out var earlier))
                    {
                        combined[key] = And(earlier, finding);
                    }
                    else
                    {
                        combined[key] = finding;
                        order.Add(key);
                    }
                }
            }
        }

        return [.. order.Select(k => combined[k])];
    }

    private static IEnumerable<((Direction, string) Key, RuleHealthFinding Finding)> Analyze(DirectionalPolicy policy, AddressSet? addresses, Func<EffectiveRule, bool> wanted, CancellationToken cancellationToken)
    {
        foreach (var health in RuleHealthAnalyzer.Analyze(policy, addresses, i => wanted(policy.Rules[i]), cancellationToken))
        {
            var rule = policy.Rules[health.RuleIndex];
            yield return ((policy.Direction, rule.Rule.RuleId), new RuleHealthFinding
            {
                SecurityGroupId = rule.GroupId,
                SecurityGroupRuleId = rule.Rule.RuleId,
                Direction = policy.Direction,
                Priority = rule.Rule.Priority,
                Policy = rule.Rule.Policy,
                MatchesNothing = health.MatchesNothing,
                Shadowed = health.Shadowed,
                Conflicting = health.Conflicting,
                Redundant = health.Redundant,
                Covering = [.. health.Covering.Select(e => Name(policy, e))],
                Fallback = [.. health.Fallback.Select(e => Name(policy, e))],
            });
        }
    }

    private static RuleHealthFinding And(RuleHealthFinding left, RuleHealthFinding right)
    {
        var shadowed = left.Shadowed && right.Shadowed;
        return left with
        {
            MatchesNothing = left.MatchesNothing && right.MatchesNothing,
            Shadowed = shadowed,
            Conflicting = shadowed && (left.Conflicting || right.Conflicting),
            Redundant = left.Redundant && right.Redundant,
            Covering = [.. left.Covering.Union(right.Covering)],
            Fallback = [.. left.Fallback.Union(right.Fallback)],
        };
    }

    private static HealthEntry Name(DirectionalPolicy policy, PolicyEntryRef entry) => entry.Kind switch
    {
        PolicyEntryKind.Rule => new HealthEntry
        {
            Kind = entry.Kind,
            SecurityGroupId = policy.Rules[entry.Index].GroupId,
            SecurityGroupRuleId = policy.Rules[entry.Index].Rule.RuleId,
            Priority = policy.Rules[entry.Index].Rule.Priority,
            Policy = policy.Rules[entry.Index].Rule.Policy,
        },
        PolicyEntryKind.IntraGroup => new HealthEntry { Kind = entry.Kind, SecurityGroupId = policy.GroupIds[entry.Index] },
        PolicyEntryKind.PlatformAllow => new HealthEntry { Kind = entry.Kind, Name = policy.PlatformAllow[entry.Index].Name },
        PolicyEntryKind.PlatformBlock => new HealthEntry { Kind = entry.Kind, Name = "outbound TCP 25" },
        _ => new HealthEntry { Kind = entry.Kind },
    };
}
