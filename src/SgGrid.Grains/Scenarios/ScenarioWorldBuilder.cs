using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.WhatIf;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.Grains.Filters;

namespace SgGrid.Grains.Scenarios;

/// <summary>
/// Builds a <see cref="ScenarioWorld"/> from the tenant directory (each ENI's groups in association order and its
/// addresses) and the groups' snapshots, with <see cref="NetworkInterfacePolicies"/> — the code the ENIs' own filters
/// come from. ENIs are grouped into equivalence classes by their groups' content address (ids and versions), and each
/// class's policy is built once, in parallel, and kept for the next call.
/// </summary>
internal sealed class ScenarioWorldBuilder(EmulationOptions emulation)
{
    private const int MaxCachedPolicies = 20_000;

    private readonly Dictionary<string, EffectivePolicy?> _policies = new(StringComparer.Ordinal);

    /// <param name="grains">Production's factory, or the scenario's scoped one.</param>
    /// <param name="scope">The scenario id for a scenario's world (it keys the policy cache), else null.</param>
    /// <param name="owner">The production owner (a scenario's grains keep production's owner).</param>
    /// <param name="vpcId">The VPC of both worlds.</param>
    public async Task<ScenarioWorld> BuildAsync(IGrainFactory grains, string? scope, ResourceOwner owner, string vpcId)
    {
        var summaries = await DirectoryListing.AllAsync(grains.GetAccountRegionDirectory(owner), new ResourceQuery { Kind = ResourceKind.NetworkInterface, VpcId = vpcId });
        var groupIds = summaries.SelectMany(NetworkInterfaceSummaries.GroupsOf).Distinct(StringComparer.Ordinal).ToList();
        var snapshots = await GroupSnapshots.FetchAsync(grains, groupIds);

        // An ENI's filter skips a group deleted under it; so does its class here.
        var members = summaries.Select(s => (Summary: s, Groups: NetworkInterfaceSummaries.GroupsOf(s).Where(snapshots.ContainsKey).Select(id => snapshots[id]).ToArray()))
            .Select(m => (m.Summary, m.Groups, Key: CompiledFilterCache.KeyOf(scope, m.Groups)))
            .ToList();
        if (_policies.Count > MaxCachedPolicies)
        {
            _policies.Clear();
        }

        var missing = members.Where(m => !_policies.ContainsKey(m.Key)).DistinctBy(m => m.Key).ToList();
        var built = await Task.WhenAll(missing.Select(m => Task.Run(() =>
        {
            var result = NetworkInterfacePolicies.Build(m.Groups, emulation);
            return result.IsSuccess ? result.Value : null;
        })));
        for (var i = 0; i < missing.Count; i++)
        {
            _policies[missing[i].Key] = built[i];
        }

        var interfaces = ImmutableArray.CreateBuilder<WhatIfNetworkInterface>(members.Count);
        var policies = new Dictionary<string, EffectivePolicy>(StringComparer.Ordinal);
        var stamp = new StringBuilder();
        foreach (var (summary, _, key) in members.OrderBy(m => m.Summary.Id, StringComparer.Ordinal))
        {
            if (_policies[key] is not { } policy)
            {
                continue; // groups that cannot form a policy: the ENI's data plane has no filter either
            }

            var addresses = NetworkInterfaceSummaries.AddressesOf(summary);
            interfaces.Add(new WhatIfNetworkInterface(summary.Id, addresses, policy));
            policies[summary.Id] = policy;
            stamp.Append(summary.Id).Append('=').Append(key).Append(':').Append(addresses).Append(';');
        }

        return new ScenarioWorld(
            new WhatIfWorld(interfaces.ToImmutable()),
            policies,
            Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(stamp.ToString()))),
            members.Select(m => m.Key).Distinct(StringComparer.Ordinal).Count());
    }
}
