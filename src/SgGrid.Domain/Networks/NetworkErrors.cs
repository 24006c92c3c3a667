using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;

namespace SgGrid.Domain.Networks;

/// <summary>
/// The errors of VPCs, vSwitches, private addresses and prefix lists, each with its code from <see cref="EcsErrorCodes"/>
/// and an ECS-style message (ECS's own where the documentation quotes one).
/// </summary>
public static class NetworkErrors
{
    public static EcsError VpcNotFound(string vpcId) => new(EcsErrorCodes.VpcNotFound,
        $"The specified VpcId \"{vpcId}\" does not exist.");

    public static EcsError VSwitchNotFound(string vSwitchId) => new(EcsErrorCodes.VSwitchNotFound,
        $"The specified VSwitchId \"{vSwitchId}\" does not exist.");

    public static EcsError InvalidVpcCidrBlock(IpCidr cidr) => new(EcsErrorCodes.InvalidCidrBlock,
        $"Specified CIDR block \"{cidr}\" is not valid: a VPC needs an IPv4 block of /{NetworkCidrRules.VpcMinimumPrefixLength} to /{NetworkCidrRules.VpcMaximumPrefixLength} outside 0.0.0.0/8, 100.64.0.0/10, 127.0.0.0/8, 169.254.0.0/16 and 224.0.0.0/3.");

    public static EcsError InvalidVSwitchCidrBlock(IpCidr cidr) => new(EcsErrorCodes.InvalidCidrBlock,
        $"Specified CIDR block \"{cidr}\" is not valid: a vSwitch needs an IPv4 block of /{NetworkCidrRules.VSwitchMinimumPrefixLength} to /{NetworkCidrRules.VSwitchMaximumPrefixLength}.");

    public static EcsError VSwitchCidrOutsideVpc(IpCidr cidr, IpCidr vpcCidr) => new(EcsErrorCodes.CidrBlockMismatch,
        $"Specified CIDR block \"{cidr}\" is not within the VPC's CIDR block \"{vpcCidr}\".");

    public static EcsError VSwitchCidrOverlapped(IpCidr cidr, string otherVSwitchId) => new(EcsErrorCodes.CidrBlockOverlapped,
        $"Specified CIDR block \"{cidr}\" overlaps with the CIDR block of vSwitch \"{otherVSwitchId}\".");

    public static EcsError TenantStorageQuotaExceeded(string resourceId) => new(EcsErrorCodes.TenantStorageQuotaExceeded,
        $"The resource \"{resourceId}\" cannot be added: the region holds as many resources as SgGrid stores for one tenant.");

    public static EcsError VSwitchQuotaExceeded(int maximum) => new(EcsErrorCodes.VSwitchQuotaExceeded,
        $"The number of vSwitches in the VPC has reached the quota of {maximum}.");

    public static EcsError VpcHasVSwitches() => new(EcsErrorCodes.VpcDependencyVSwitch,
        "Specified object has dependent resources: the VPC still has vSwitches.");

    public static EcsError VpcHasSecurityGroups() => new(EcsErrorCodes.VpcDependencySecurityGroup,
        "Specified object has dependent resources: the VPC still has security groups.");

    public static EcsError VpcHasInstances() => new(EcsErrorCodes.VpcDependencyInstance,
        "Specified object has dependent resources: the VPC still has instances or network interfaces.");

    public static EcsError VSwitchHasAddresses() => new(EcsErrorCodes.DependencyViolation,
        "Specified object has dependent resources: private IP addresses of the vSwitch are still in use.");

    public static EcsError IpNotEnough(string vSwitchId) => new(EcsErrorCodes.VSwitchIpNotEnough,
        $"The specified vSwitch \"{vSwitchId}\" does not have enough IP addresses.");

    public static EcsError IpInvalid(NetworkAddress address, IpCidr cidr) => new(EcsErrorCodes.VSwitchIpInvalid,
        $"The specified IP address \"{address}\" is not an assignable address of the vSwitch CIDR block \"{cidr}\".");

    public static EcsError IpDuplicated(NetworkAddress address) => new(EcsErrorCodes.PrivateIpAddressDuplicated,
        $"Specified private IP address \"{address}\" is duplicated.");

    public static EcsError ParameterMismatch(string resourceId) => new(EcsErrorCodes.IdempotentParameterMismatch,
        $"The resource \"{resourceId}\" already exists with different parameters.");

    public static EcsError VpcHasNoIpv6(string vpcId) => new(EcsErrorCodes.Ipv6CidrBlockIllegal,
        $"The parameter of Ipv6CidrBlock is illegal: the VPC \"{vpcId}\" has no IPv6 CIDR block (create it with EnableIpv6=true).");

    public static EcsError Ipv6CidrBlockTaken(IpCidr cidr) => new(EcsErrorCodes.Ipv6CidrBlockOverlapped,
        $"The IPv6 CIDR block {cidr} is another VPC's.");

    public static EcsError VSwitchIpv6Overlapped(IpCidr cidr, string otherVSwitchId) => new(EcsErrorCodes.Ipv6CidrBlockOverlapped,
        $"The input IPv6 CIDR block \"{cidr}\" overlaps with the existing ones: vSwitch \"{otherVSwitchId}\" has it.");

    public static EcsError PrefixListQuotaExceeded(int limit) => new(EcsErrorCodes.PrefixListQuotaExceeded,
        $"An account can hold at most {limit} prefix lists in a region.");

    public static EcsError PrefixListNotFound(string prefixListId) => new(EcsErrorCodes.PrefixListNotFound,
        $"The specified prefix list \"{prefixListId}\" was not found.");

    public static EcsError PrefixListInUse() => new(EcsErrorCodes.PrefixListAssociationExist,
        "The specified prefix list has associated resources.");

    public static EcsError InvalidMaxEntries(int maxEntries, int limit) => new(EcsErrorCodes.InvalidPrefixListMaxEntries,
        $"The specified MaxEntries {maxEntries} is not valid: it must be 1 to {limit}.");

    public static EcsError EntryFamilyMismatch(IpCidr cidr, IpFamily family) => new(EcsErrorCodes.PrefixListEntryFamilyMismatch,
        $"The CIDR block \"{cidr}\" does not belong to the prefix list's address family {family}.");

    public static EcsError TooManyEntries(int count, int maxEntries) => new(EcsErrorCodes.PrefixListEntryQuotaExceeded,
        $"The prefix list would hold {count} entries, more than its MaxEntries {maxEntries}.");

    public static EcsError DuplicateEntry(IpCidr cidr) => new(EcsErrorCodes.PrefixListDuplicateEntry,
        $"The CIDR block \"{cidr}\" is specified more than once.");

    public static EcsError EntryNotFound(IpCidr cidr) => new(EcsErrorCodes.PrefixListEntryNotFound,
        $"The prefix list has no entry with the CIDR block \"{cidr}\".");

    public static EcsError TooManyAssociations(int maximum) => new(EcsErrorCodes.PrefixListAssociationQuotaExceeded,
        $"The prefix list is already associated with {maximum} resources.");
}
