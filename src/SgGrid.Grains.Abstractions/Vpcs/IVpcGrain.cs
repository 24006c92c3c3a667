using Orleans.Concurrency;
using SgGrid.Domain.Addresses;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Abstractions.Vpcs;

/// <summary>
/// One VPC, keyed by its id (<c>vpc-…</c>): its CIDR block, the CIDR blocks of its vSwitches (to refuse overlaps), its
/// dependents (vSwitches, security groups, ENIs: DeleteVpc refuses while any exist), an index from private address to the
/// ENI holding it (flow checks resolve addresses with it) and the id of its default security group.
/// </summary>
/// <remarks>
/// Methods taking a <see cref="ResourceOwner"/> answer <c>InvalidVpcId.NotFound</c> (or null) for another account's VPC,
/// exactly as for a missing one. The others are called by grains that already checked ownership of the resource they act for.
/// </remarks>
[Alias("sggrid.IVpcGrain")]
public interface IVpcGrain : IGrainWithStringKey
{
    /// <summary>Creates the VPC. Creating it again with the same owner and parameters returns it (a retry); different parameters are refused.</summary>
    [Alias("Create")]
    Task<Outcome<VpcInfo>> CreateAsync(VpcSpec spec);

    /// <summary>The VPC's attributes, or null when it does not exist or belongs to another account.</summary>
    [Alias("GetInfo"), ReadOnly, AlwaysInterleave]
    Task<VpcInfo?> GetInfoAsync(ResourceOwner caller);

    /// <summary>ModifyVpcAttribute: replaces the name and/or description (null leaves it as it is).</summary>
    [Alias("ModifyAttribute")]
    Task<MutationResult> ModifyAttributeAsync(ResourceOwner caller, string? name, string? description);

    /// <summary>TagResources / UnTagResources on the VPC (at most <see cref="TagChange.MaxTagsPerResource"/> tags).</summary>
    [Alias("ChangeTags")]
    Task<MutationResult> ChangeTagsAsync(ResourceOwner caller, TagChange change);

    /// <summary>Deletes the VPC; refused with <c>DependencyViolation.VSwitch/.SecurityGroup/.Instance</c> while it has dependents.</summary>
    [Alias("Delete")]
    Task<MutationResult> DeleteAsync(ResourceOwner caller);

    /// <summary>
    /// Records a vSwitch and its CIDR block after checking the block lies in the VPC's and overlaps no other vSwitch's
    /// (one atomic step, so concurrent creations cannot overlap). Registering the same id again with the same block succeeds.
    /// </summary>
    [Alias("RegisterVSwitch")]
    Task<MutationResult> RegisterVSwitchAsync(ResourceOwner caller, string vSwitchId, IpCidr cidrBlock);

    /// <summary>
    /// <see cref="RegisterVSwitchAsync(ResourceOwner, string, IpCidr)"/> that also reserves the IPv6 /64 at
    /// <paramref name="ipv6Index"/> (0-255) when given: <c>IllegalParam.Ipv6CidrBlock</c> when the VPC has no IPv6,
    /// <c>OperationFailed.Ipv6CidrBlockOverLapped</c> when another vSwitch of the VPC has the index. Returns the blocks reserved.
    /// </summary>
    [Alias("RegisterVSwitchBlocks")]
    Task<Outcome<VSwitchRegistration>> RegisterVSwitchAsync(ResourceOwner caller, string vSwitchId, IpCidr cidrBlock, int? ipv6Index);

    [Alias("UnregisterVSwitch")]
    Task UnregisterVSwitchAsync(string vSwitchId);

    /// <summary>A security group of this VPC was created (checks the VPC exists and is the caller's).</summary>
    [Alias("RegisterSecurityGroup")]
    Task<MutationResult> RegisterSecurityGroupAsync(ResourceOwner caller, string securityGroupId);

    [Alias("UnregisterSecurityGroup")]
    Task UnregisterSecurityGroupAsync(string securityGroupId);

    /// <summary>
    /// Records (or replaces) the private addresses of an ENI in the VPC's address index; the ENI then counts as a dependent.
    /// Refused with <c>InvalidPrivateIpAddress.Duplicated</c> when another ENI of the VPC holds one of the addresses.
    /// </summary>
    [Alias("RegisterAddresses"), AlwaysInterleave]
    Task<MutationResult> RegisterAddressesAsync(ResourceOwner caller, string networkInterfaceId, AddressSet addresses);

    [Alias("UnregisterAddresses"), AlwaysInterleave]
    Task UnregisterAddressesAsync(string networkInterfaceId);

    /// <summary>The ENI holding <paramref name="address"/> in this VPC, or null.</summary>
    [Alias("FindNetworkInterface"), ReadOnly, AlwaysInterleave]
    Task<string?> FindNetworkInterfaceAsync(NetworkAddress address);

    /// <summary>
    /// The id of the VPC's default security group (decision D8), reserved and recorded on first call and stable afterwards.
    /// The security-group side creates the group under that id when it does not exist yet.
    /// </summary>
    [Alias("GetOrReserveDefaultSecurityGroupId")]
    Task<Outcome<string>> GetOrReserveDefaultSecurityGroupIdAsync(ResourceOwner caller);
}
