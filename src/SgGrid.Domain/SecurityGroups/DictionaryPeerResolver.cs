using SgGrid.Domain.Addresses;

namespace SgGrid.Domain.SecurityGroups;

/// <summary>An <see cref="IPeerResolver"/> over fixed maps; unknown ids resolve to the empty set.</summary>
public sealed class DictionaryPeerResolver(
    IReadOnlyDictionary<string, AddressSet>? securityGroups = null,
    IReadOnlyDictionary<string, AddressSet>? prefixLists = null) : IPeerResolver
{
    public static DictionaryPeerResolver Empty { get; } = new();

    public AddressSet ResolveSecurityGroup(string groupId, string? ownerAccount) =>
        securityGroups is not null && securityGroups.TryGetValue(groupId, out var set) ? set : AddressSet.Empty;

    public AddressSet ResolvePrefixList(string prefixListId) =>
        prefixLists is not null && prefixLists.TryGetValue(prefixListId, out var set) ? set : AddressSet.Empty;
}
