using SgGrid.Domain.Addresses;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Grains.Abstractions.SecurityGroups;

namespace SgGrid.LoadTests.Regions;

/// <summary>Resolves references with the address sets the groups' snapshots carry (as the grains' filter cache does).</summary>
internal sealed class SnapshotResolver(IReadOnlyList<GroupSnapshot> snapshots) : IPeerResolver
{
    public AddressSet ResolveSecurityGroup(string groupId, string? ownerAccount) =>
        snapshots.Select(s => s.ResolvedGroups.GetValueOrDefault(groupId)).FirstOrDefault(s => s is not null) ?? AddressSet.Empty;

    public AddressSet ResolvePrefixList(string prefixListId) =>
        snapshots.Select(s => s.ResolvedPrefixLists.GetValueOrDefault(prefixListId)).FirstOrDefault(s => s is not null) ?? AddressSet.Empty;
}
