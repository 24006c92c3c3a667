using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Errors;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Grains.Abstractions.SecurityGroups;

namespace SgGrid.Grains.Filters;

/// <summary>
/// The one way an ENI's effective policy is made from its groups' snapshots (in association order): by the ENI's compiled
/// filters and by the what-if analysis alike, so the analysis sees exactly what the data plane decides with.
/// </summary>
public static class NetworkInterfacePolicies
{
    public static DomainResult<EffectivePolicy> Build(IReadOnlyList<GroupSnapshot> snapshots, EmulationOptions emulation)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(emulation);
        return EffectivePolicyBuilder.Build([.. snapshots.Select(s => s.ToDomain())], new SnapshotPeerResolver(snapshots), emulation);
    }

    /// <summary>Resolves references with the address sets the groups themselves resolved and shipped.</summary>
    private sealed class SnapshotPeerResolver(IReadOnlyList<GroupSnapshot> snapshots) : IPeerResolver
    {
        public AddressSet ResolveSecurityGroup(string groupId, string? ownerAccount)
        {
            foreach (var snapshot in snapshots)
            {
                if (snapshot.ResolvedGroups.TryGetValue(groupId, out var set))
                {
                    return set;
                }
            }

            return AddressSet.Empty;
        }

        public AddressSet ResolvePrefixList(string prefixListId)
        {
            foreach (var snapshot in snapshots)
            {
                if (snapshot.ResolvedPrefixLists.TryGetValue(prefixListId, out var set))
                {
                    return set;
                }
            }

            return AddressSet.Empty;
        }
    }
}
