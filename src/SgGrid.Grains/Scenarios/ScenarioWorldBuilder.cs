using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.WhatIf;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Analysis;
using SgGrid.Grains.Filters;

namespace SgGrid.Grains.Scenarios;

/// <summary>
/// Builds a <see cref="ScenarioWorld"/> from the tenant directory (each ENI's groups in association order and its
/// addresses) and the groups' snapshots, with <see cref="NetworkInterfacePolicies"/> — the code the ENIs' own filters
/// come from. ENIs are grouped into equivalence classes by their groups' content address (ids and versions); each
/// class's policy is built once, in the analysis' computing slot, and kept in a bounded <see cref="PolicyCache"/>. The
/// world of the last call is kept with its version and returned as is while nothing changed.
/// </summary>
internal sealed class ScenarioWorldBuilder(EmulationOptions emulation, PolicyCache policies)
{
    private ScenarioWorld? _last;

    /// <param name="grains">Production's factory, or the scenario's scoped one.</param>
    /// <param name="scope">The scenario id for a scenario's world (it keys the policy cache), else null.</param>
    /// <param name="owner">The production owner (a scenario's grains keep production's owner).</param>
    /// <param name="vpcId">The VPC of both worlds.</param>
    /// <param name="analysis">The analysis the world is built for: its token and its computing slot.</param>
    public async Task<ScenarioWorld> BuildAsync(IGrainFactory grains, string? scope, ResourceOwner owner, string vpcId, AnalysisLease analysis)
    {
        var summaries = await DirectoryListing.AllAsync(grains.GetAccountRegionDirectory(owner), new ResourceQuery { Kind = ResourceKind.NetworkInterface, VpcId = vpcId });
        analysis.ThrowIfStopped();
        var groupIds = summaries.SelectMany(NetworkInterfaceSummaries.GroupsOf).Distinct(StringComparer.Ordinal).ToList();
        var snapshots = await GroupSnapshots.FetchAsync(grains, groupIds);
        analysis.ThrowIfStopped();

        // An ENI's filter skips a group deleted under it; so does its class here.
        var members = summaries.Select(s => (Summary: s, Groups: NetworkInterfaceSummaries.GroupsOf(s).Where(snapshots.ContainsKey).Select(id => snapshots[id]).ToArray()))
            .Select(m => (m.Summary, m.Groups, Key: CompiledFilterCache.KeyOf(scope, m.Groups), Addresses: NetworkInterfaceSummaries.AddressesOf(m.Summary)))
            .OrderBy(m => m.Summary.Id, StringComparer.Ordinal)
            .ToList();
        var version = new StringBuilder();
        foreach (var member in members)
        {
            version.Append(member.Summary.Id).Append('=').Append(member.Key).Append(':').Append(member.Addresses).Append(';');
        }

        var stamp = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(version.ToString())));
        if (_last is { } last && last.Stamp == stamp)
        {
            return last; // nothing changed: the same ENIs, groups at the same versions, the same addresses
        }

        var classes = members.DistinctBy(m => m.Key).ToList();
        var resolved = await analysis.ComputeAsync(token =>
        {
            // One class after the other in this one slot: the slots, not the classes, bound the silo's parallelism.
            var found = new Dictionary<string, EffectivePolicy?>(StringComparer.Ordinal);
            foreach (var (_, groups, key, _) in classes)
            {
                token.ThrowIfCancellationRequested();
                if (!policies.TryGet(key, out var policy))
                {
                    var result = NetworkInterfacePolicies.Build(groups, emulation);
                    policy = result.IsSuccess ? result.Value : null;
                    policies.Add(key, policy);
                }

                found[key] = policy;
            }

            return found;
        });

        var interfaces = ImmutableArray.CreateBuilder<WhatIfNetworkInterface>(members.Count);
        var byId = new Dictionary<string, EffectivePolicy>(StringComparer.Ordinal);
        foreach (var (summary, _, key, addresses) in members)
        {
            if (resolved[key] is not { } policy)
            {
                continue; // groups that cannot form a policy: the ENI's data plane has no filter either
            }

            interfaces.Add(new WhatIfNetworkInterface(summary.Id, addresses, policy));
            byId[summary.Id] = policy;
        }

        _last = new ScenarioWorld(new WhatIfWorld(interfaces.ToImmutable()), byId, stamp, classes.Count);
        return _last;
    }
}
