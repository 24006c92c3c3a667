using SgGrid.Domain.Errors;

namespace SgGrid.Grains.Errors;

/// <summary>The expected failures of the region's resources, with ECS's codes and messages.</summary>
public static class ResourceErrors
{
    public static EcsError SecurityGroupNotFound() => new(EcsErrorCodes.SecurityGroupNotFound, "The specified SecurityGroupId does not exist.");

    /// <summary>The per-region group quota. ECS's exact code is not documented; this spelling is SgGrid's.</summary>
    public static EcsError TooManySecurityGroups(int limit) =>
        new(EcsErrorCodes.SecurityGroupQuotaExceeded, $"An account can hold at most {limit} security groups in a region.");

    public static EcsError SecurityGroupAlreadyExists() => new(EcsErrorCodes.SecurityGroupAlreadyExists, "The specified SecurityGroupId already exists.");

    public static EcsError ReferencedGroupNotFound(bool ingress) => ingress
        ? new(EcsErrorCodes.SourceGroupNotFound, "The SourceGroupId provided does not exist in our records.")
        : new(EcsErrorCodes.DestGroupNotFound, "The DestGroupId provided does not exist in our records.");

    public static EcsError ReferencedGroupInOtherVpc(bool ingress) => ingress
        ? new(EcsErrorCodes.SourceGroupIdMismatch, "Specified security group and source group are not in the same VPC.")
        : new(EcsErrorCodes.DestGroupIdMismatch, "Specified security group and destination group are not in the same VPC.");

    public static EcsError ReferencedGroupIsAdvanced() =>
        new(EcsErrorCodes.GroupAuthOperationDenied, "The security group can not authorize to enterprise level security group");

    public static EcsError PrefixListNotFound() => new(EcsErrorCodes.PrefixListNotFound, "The specified PrefixListId does not exist.");

    public static EcsError PrefixListFamilyMismatch() =>
        new(EcsErrorCodes.PrefixListAddressFamilyMismatch, "The address family of the prefix list does not match the rule.");

    public static EcsError GroupHasMembers() =>
        new(EcsErrorCodes.DependencyViolation, "There is still instance(s) in the specified security group.");

    public static EcsError GroupIsReferenced() =>
        new(EcsErrorCodes.DependencyViolation, "The specified security group has been authorized in another one.");

    public static EcsError Managed(string groupId) =>
        new(EcsErrorCodes.ResourceManagedByCloudProduct, $"The security group {groupId} is managed by a cloud product and cannot be modified.");

    public static EcsError NetworkInterfaceNotFound() => new(EcsErrorCodes.NetworkInterfaceNotFound, "The specified NetworkInterfaceId does not exist.");

    public static EcsError NetworkInterfaceAlreadyExists() => new(EcsErrorCodes.NetworkInterfaceAlreadyExists, "The specified NetworkInterfaceId already exists.");

    public static EcsError VSwitchInOtherVpc() =>
        new(EcsErrorCodes.VpcMismatch, "The specified vSwitch does not belong to the specified VPC.");

    public static EcsError GroupInOtherVpc() =>
        new(EcsErrorCodes.InstanceIdMismatch, "Specified instance and security group are not in the same VPC.");

    public static EcsError TooManyGroups(int limit) =>
        new(EcsErrorCodes.JoinedGroupLimitExceed, $"The network interface can join at most {limit} security groups.");

    /// <summary>The per-ENI rule limit (D5). ECS's exact code for it is not documented; AuthorizationLimitExceed is the nearest.</summary>
    public static EcsError TooManyRulesOnNetworkInterface(int limit) =>
        new(EcsErrorCodes.AuthorizationLimitExceed, $"The security groups of a network interface may hold at most {limit} rules in total.");

    public static EcsError GroupFull(string detail) =>
        new(EcsErrorCodes.SecurityGroupInstanceLimitExceeded, $"The maximum number of instances in a security group is exceeded ({detail}).");

    public static EcsError AlreadyInGroup() =>
        new(EcsErrorCodes.AlreadyInSecurityGroup, "The specified instance already exists in the specified security group.");

    public static EcsError LastGroup() =>
        new(EcsErrorCodes.LastSecurityGroup, "The specified security group is the last security group for the instance.");

    public static EcsError NotInGroup() => new(EcsErrorCodes.NotInSecurityGroup, "The instance not in the group.");

    public static EcsError DuplicatedAddress(string address) =>
        new(EcsErrorCodes.PrivateIpAddressDuplicated, $"Specified private IP address is duplicated: {address}.");

    public static EcsError AddressNotAssigned(string address) =>
        new(EcsErrorCodes.PrivateIpAddressNotFound, $"The private IP address {address} is not assigned to the network interface.");

    public static EcsError DuplicateGroupIds() =>
        new(EcsErrorCodes.InvalidParameterConflict, "The specified SecurityGroupIds contain duplicates.");
}
