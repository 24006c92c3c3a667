using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.Validation;

/// <summary>
/// The errors of rule validation, each with ECS's exact code (<see cref="EcsErrorCodes"/>) and message. Messages are
/// ECS's where the documentation quotes one (typos included), otherwise an ECS-style sentence.
/// </summary>
/// <remarks><c>index</c> is the 1-based <c>Permissions.N</c> (or <c>SecurityGroupRuleId.N</c>) the error concerns; 0 means the whole request.</remarks>
public static class ValidationErrors
{
    public static EcsError MissingPermissions() => new(EcsErrorCodes.MissingPermissions,
        "The input parameter \"Permissions\" that is mandatory for processing this request is not supplied.");

    public static EcsError TooManyPermissions(string parameterName, int maximum) => new(EcsErrorCodes.InvalidPermissions,
        $"The parameter {parameterName} accepts 1 to {maximum} entries in one call.");

    /// <summary>The deprecated flat rule fields and <c>Permissions.N</c> in one request (detected at the API edge).</summary>
    public static EcsError MixedPermissionForms() => new(EcsErrorCodes.InvalidPermissions,
        "The parameter Permissions cannot be used together with the deprecated rule parameters.");

    public static EcsError MixedRuleIdsAndPermissions() => new(EcsErrorCodes.InvalidPermissions,
        "The parameters SecurityGroupRuleId and Permissions cannot be specified at the same time.");

    public static EcsError DuplicatePermissions(int index) => new(EcsErrorCodes.DuplicatePermissions,
        "There are duplicate permissions in the specified parameter Permissions.", index);

    public static EcsError AuthorizationObjectKindChange(string from, string to) => new(EcsErrorCodes.AuthorizationObjectChange,
        $"The authorization object of an existing rule cannot change its type ({from} to {to}): add a new rule and revoke this one.");

    public static EcsError AuthorizationObjectFamilyChange(IpFamily from, IpFamily to) => new(EcsErrorCodes.AuthorizationObjectChange,
        $"The address family of an existing rule's authorization object cannot change ({from} to {to}): add a new rule and revoke this one.");

    public static EcsError UnknownRuleId(int index, string ruleId) => new(EcsErrorCodes.InvalidSecurityGroupRuleId,
        $"The specified SecurityGroupRuleId \"{ruleId}\" does not exist in the security group.", index);

    public static EcsError MissingIpProtocol(int index) => new(EcsErrorCodes.MissingIpProtocol,
        "The input parameter \"IpProtocol\" that is mandatory for processing this request is not supplied.", index);

    public static EcsError IpProtocolNotSupported(int index) => new(EcsErrorCodes.IpProtocolNotSupported,
        "The parameter IpProtocol must be specified with case insensitive TCP, UDP, ICMP, GRE or All.", index);

    public static EcsError ProtocolPortMismatch(int index) => new(EcsErrorCodes.OperationDenied,
        "The specified IpProtocol does not exist or IpProtocol and PortRange do not match.", index);

    public static EcsError InvalidPortRange(int index) => new(EcsErrorCodes.InvalidPortRange,
        "The parameter PortRange should be two integers less than 65535 in ?/? format.", index);

    public static EcsError PortRangeMissing(int index) => new(EcsErrorCodes.PortRangeMissing, "PortRange must set", index);

    public static EcsError InvalidSourcePortRange(int index) => new(EcsErrorCodes.InvalidSourcePortRange,
        "The specified parameter SourcePortRange is not valid.", index);

    public static EcsError ProtocolNotSupportPortRangeList(int index) => new(EcsErrorCodes.ProtocolNotSupportPortRangeList,
        "The specified IpProtocol does not support PortRangeListId.", index);

    public static EcsError PortRangeListNotFound(int index) => new(EcsErrorCodes.PortRangeListNotFound,
        "The specified PortRangeListId does not exist.", index);

    public static EcsError MissingRemote(int index, Direction direction) => direction == Direction.Ingress
        ? new(EcsErrorCodes.MissingSource, "One of the parameters SourceCidrIp, SourceGroupId or SourcePrefixListId must be specified.", index)
        : new(EcsErrorCodes.MissingDest, "One of the parameters DestCidrIp, DestGroupId or DestPrefixListId must be specified.", index);

    /// <summary>A CIDR field that does not hold a CIDR block or address of its family.</summary>
    /// <param name="index">The permission.</param>
    /// <param name="fieldName"><c>SourceCidrIp</c>, <c>Ipv6SourceCidrIp</c>, <c>DestCidrIp</c> or <c>Ipv6DestCidrIp</c>.</param>
    public static EcsError MalformedCidr(int index, string fieldName) => new(fieldName switch
    {
        "SourceCidrIp" => EcsErrorCodes.InvalidSourceCidrIp,
        "Ipv6SourceCidrIp" => EcsErrorCodes.InvalidIpv6SourceCidrIp,
        "DestCidrIp" => EcsErrorCodes.InvalidDestCidrIp,
        "Ipv6DestCidrIp" => EcsErrorCodes.InvalidIpv6DestCidrIp,
        _ => throw new ArgumentOutOfRangeException(nameof(fieldName), fieldName, "Not a CIDR field."),
    }, $"The specified parameter {fieldName} is not valid.", index);

    /// <summary>Both the IPv4 and the IPv6 field of one side (<paramref name="source"/> or destination).</summary>
    public static EcsError BothAddressFamilies(int index, bool source) => source
        ? new(EcsErrorCodes.InvalidSourceIp, "The parameters SourceCidrIp and Ipv6SourceCidrIp cannot be specified at the same time.", index)
        : new(EcsErrorCodes.InvalidDestIp, "The parameters DestCidrIp and Ipv6DestCidrIp cannot be specified at the same time.", index);

    /// <summary>The quintuple local address is of another family than the remote CIDR; reported on the local field's side.</summary>
    public static EcsError LocalFamilyMismatch(int index, Direction direction) => direction == Direction.Ingress
        ? new(EcsErrorCodes.InvalidDestIp, "The destination address and the source address must be of the same IP version.", index)
        : new(EcsErrorCodes.InvalidSourceIp, "The source address and the destination address must be of the same IP version.", index);

    public static EcsError Ipv4ProtocolConflictWithIpv6Address(int index) => new(EcsErrorCodes.Ipv4ProtocolConflictWithIpv6Address,
        "The IPv4 protocol ICMP cannot be used with an IPv6 address.", index);

    public static EcsError Ipv6ProtocolConflictWithIpv4Address(int index) => new(EcsErrorCodes.Ipv6ProtocolConflictWithIpv4Address,
        "The IPv6 protocol ICMPv6 cannot be used with an IPv4 address.", index);

    public static EcsError SameSourceAndDestination(int index) => new(EcsErrorCodes.ParameterConflict,
        "The specified SourceCidrIp should be different from the DestCidrIp.", index);

    public static EcsError GroupReferenceInAdvancedGroup(int index) => new(EcsErrorCodes.GroupAuthOperationDenied,
        "The security group can not authorize to enterprise level security group", index);

    public static EcsError SelfReference(int index, Direction direction) => direction == Direction.Ingress
        ? new(EcsErrorCodes.ParameterConflict, "The specified SecurityGroupId should be different from the SourceGroupId.", index)
        : new(EcsErrorCodes.SecurityGroupIsSame, "The specified SecurityGroupId should be different from the DestGroupId.", index);

    public static EcsError GroupReferenceNeedsIntranet(int index, Direction direction) => new(
        direction == Direction.Ingress ? EcsErrorCodes.SourceGroupIdMismatch : EcsErrorCodes.DestGroupIdMismatch,
        "NicType is required or NicType expects intranet.", index);

    public static EcsError InvalidGroupOwnerId(int index, Direction direction) => direction == Direction.Ingress
        ? new(EcsErrorCodes.InvalidSourceGroupOwnerId, "The specified parameter SourceGroupOwnerId is not valid.", index)
        : new(EcsErrorCodes.InvalidDestGroupOwnerId, "The specified parameter DestGroupOwnerId is not valid.", index);

    public static EcsError DropInAdvancedGroup(int index) => new(EcsErrorCodes.GroupParameterOperationDenied,
        "The attributes Policy, SourceGroupId, DestGroupId of enterprise level security groups are not allowed to be set or modified.", index);

    public static EcsError InvalidPolicy(int index) => new(EcsErrorCodes.InvalidPolicy,
        "The specified parameter \"Policy\" is not valid.", index);

    /// <summary>A group <c>InnerAccessPolicy</c> other than Accept or Drop (<c>ModifySecurityGroupPolicy</c>).</summary>
    public static EcsError InvalidInnerAccessPolicy() => new(EcsErrorCodes.InvalidPolicy, "Only Accept and Drop are supported");

    public static EcsError InvalidPriority(int index) => new(EcsErrorCodes.InvalidPriority,
        "The parameter Priority is invalid.", index);

    public static EcsError PriorityNotSupported(int index) => new(EcsErrorCodes.PriorityNotSupported,
        "The parameter Priority must be an integer from 1 to 100.", index);

    public static EcsError NicTypeNotSupported(int index) => new(EcsErrorCodes.NicTypeNotSupported,
        "The parameter NicType must be internet or intranet.", index);

    public static EcsError InvalidDescription(int index) => new(EcsErrorCodes.InvalidDescription,
        "The specified security group rule description is not valid.", index);

    public static EcsError AuthorizationLimitExceed() => new(EcsErrorCodes.AuthorizationLimitExceed,
        "The limit of authorization records in the security group reaches.");

    public static EcsError AuthorizedGroupRuleLimitExceed(int limit) => new(EcsErrorCodes.AuthorizedGroupRuleLimitExceed,
        $"A basic security group may hold at most {limit} rules that reference security groups.");
}
