using SgGrid.Domain.Addresses;

namespace SgGrid.Domain.SecurityGroups;

/// <summary>Resolves the remote peers that are not literal CIDRs into the addresses they stand for now.</summary>
public interface IPeerResolver
{
    /// <summary>The private addresses of the ENIs in <paramref name="groupId"/>; empty when it has none or is unknown.</summary>
    AddressSet ResolveSecurityGroup(string groupId, string? ownerAccount);

    /// <summary>The entries of <paramref name="prefixListId"/>; empty when unknown.</summary>
    AddressSet ResolvePrefixList(string prefixListId);
}
