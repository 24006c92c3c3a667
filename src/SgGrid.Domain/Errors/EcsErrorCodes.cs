namespace SgGrid.Domain.Errors;

/// <summary>The ECS error codes SgGrid emits, spelled exactly as ECS spells them (typos included).</summary>
public static class EcsErrorCodes
{
    // Security groups on one ENI.
    /// <summary>Basic and advanced groups on one ENI. ECS's exact code for this is not documented; this one is SgGrid's.</summary>
    public const string SecurityGroupTypeMismatch = "InvalidSecurityGroup.TypeMismatch";
    public const string MissingSecurityGroup = "MissingParameter.SecurityGroupId";

    // Resources: security groups, ENIs and their membership.
    public const string SecurityGroupNotFound = "InvalidSecurityGroupId.NotFound";
    public const string SourceGroupNotFound = "InvalidSourceGroupId.NotFound";
    public const string DestGroupNotFound = "InvalidDestGroupId.NotFound";
    public const string PrefixListNotFound = "InvalidPrefixListId.NotFound";
    /// <summary>A rule's address family differs from its prefix list's (docs/semantics.md, D12).</summary>
    public const string PrefixListAddressFamilyMismatch = "InvalidParam.PrefixListAddressFamilyMismatch";
    public const string DependencyViolation = "DependencyViolation";
    public const string ResourceManagedByCloudProduct = "InvalidOperation.ResourceManagedByCloudProduct";
    public const string SecurityGroupAlreadyExists = "InvalidSecurityGroupId.AlreadyExists";
    /// <summary>SgGrid's spelling: the per-region security-group quota.</summary>
    public const string SecurityGroupQuotaExceeded = "QuotaExceed.SecurityGroup";
    public const string NetworkInterfaceNotFound = "InvalidEniId.NotFound";
    public const string NetworkInterfaceAlreadyExists = "InvalidEniId.AlreadyExists";
    public const string VpcMismatch = "InvalidOperation.VpcMismatch";
    public const string InstanceIdMismatch = "InvalidInstanceId.Mismatch";
    public const string JoinedGroupLimitExceed = "JoinedGroupLimitExceed";
    public const string SecurityGroupInstanceLimitExceeded = "SecurityGroupInstanceLimitExceeded";
    /// <summary>ECS uses one code for "already in the security group" (Join) and "instance id already exists".</summary>
    public const string AlreadyInSecurityGroup = "InvalidInstanceId.AlreadyExists";
    public const string LastSecurityGroup = "InstanceLastSecurityGroup";
    public const string NotInSecurityGroup = "InstanceNotInSecurityGroup";
    public const string PrivateIpAddressDuplicated = "InvalidPrivateIpAddress.Duplicated";
    public const string PrivateIpAddressNotFound = "InvalidPrivateIpAddress.NotFound";
    public const string InvalidParameterConflict = "InvalidParameter.Conflict";
    /// <summary>The gateway's generic code for a parameter that is not valid.</summary>
    public const string InvalidParameter = "InvalidParameter";

    // The request as a whole (Authorize / Revoke).
    /// <summary>No <c>Permissions.N</c> (nor deprecated flat rule fields, nor rule ids for a revoke) were given.</summary>
    public const string MissingPermissions = "MissingParameter.Permissions";

    /// <summary>Too many <c>Permissions.N</c>, or two forms mixed (flat fields and Permissions, rule ids and Permissions).</summary>
    public const string InvalidPermissions = "InvalidParam.Permissions";

    /// <summary>Two entries of one request's <c>Permissions</c> describe the same rule.</summary>
    public const string DuplicatePermissions = "InvalidParam.DuplicatePermissions";

    /// <summary>
    /// SgGrid's spelling (ECS documents the refusal, not its code): ModifySecurityGroupRule / ModifySecurityGroupEgressRule
    /// would change the kind of the rule's authorization object (CIDR block, security group, prefix list) or its address family.
    /// </summary>
    public const string AuthorizationObjectChange = "InvalidParam.AuthorizationObject";

    /// <summary>SgGrid's spelling: <c>ServiceManaged=true</c> from an AccessKey that is not a cloud service's (the parameter is not public).</summary>
    public const string ServiceManagedNotPublic = "Forbidden.ServiceManaged";

    /// <summary>Revoke by id: a <c>SecurityGroupRuleId.N</c> names no rule of the group in that direction.</summary>
    public const string InvalidSecurityGroupRuleId = "InvalidParam.SecurityGroupRuleId";

    /// <summary>ModifySecurityGroupRule without a rule id: no rule of the group matches the given rule fields (HTTP 403).</summary>
    public const string GroupAuthItemNotFound = "InvalidGroupAuthItem.NotFound";

    // Protocol and ports.
    public const string MissingIpProtocol = "MissingParameter.IpProtocol";
    public const string IpProtocolNotSupported = "InvalidIpProtocol.ValueNotSupported";

    /// <summary>IpProtocol and PortRange (or SourcePortRange) do not fit: TCP/UDP need a real range, others <c>-1/-1</c>.</summary>
    public const string OperationDenied = "OperationDenied";
    public const string InvalidPortRange = "InvalidParam.PortRange";
    public const string PortRangeMissing = "InvalidPortRange.Malformed";
    public const string InvalidSourcePortRange = "InvalidSourcePortRange.Malformed";
    public const string ProtocolNotSupportPortRangeList = "InvalidParam.ProtocolNotSupportPortRangeList";

    /// <summary>Port range lists are not emulated, so every <c>PortRangeListId</c> is unknown.</summary>
    public const string PortRangeListNotFound = "InvalidPortRangeListId.NotFound";

    // Addresses.
    public const string MissingSource = "MissingParameter.Source";
    public const string MissingDest = "MissingParameter.Dest";
    public const string InvalidSourceCidrIp = "InvalidSourceCidrIp.Malformed";
    public const string InvalidDestCidrIp = "InvalidDestCidrIp.Malformed";

    /// <summary>SgGrid's spelling for a malformed <c>Ipv6SourceCidrIp</c>, after the IPv4 code (ECS's is not documented).</summary>
    public const string InvalidIpv6SourceCidrIp = "InvalidIpv6SourceCidrIp.Malformed";

    /// <summary>SgGrid's spelling for a malformed <c>Ipv6DestCidrIp</c>, after the IPv4 code (ECS's is not documented).</summary>
    public const string InvalidIpv6DestCidrIp = "InvalidIpv6DestCidrIp.Malformed";

    /// <summary>Both <c>SourceCidrIp</c> and <c>Ipv6SourceCidrIp</c>, or source families that do not fit together.</summary>
    public const string InvalidSourceIp = "InvalidParam.SourceIp";

    /// <summary>Both <c>DestCidrIp</c> and <c>Ipv6DestCidrIp</c>, or destination families that do not fit together.</summary>
    public const string InvalidDestIp = "InvalidParam.DestIp";
    public const string Ipv4ProtocolConflictWithIpv6Address = "InvalidParam.Ipv4ProtocolConflictWithIpv6Address";
    public const string Ipv6ProtocolConflictWithIpv4Address = "InvalidParam.Ipv6ProtocolConflictWithIpv4Address";

    /// <summary>(sic) Source and destination CIDR equal, or an ingress rule that references its own group.</summary>
    public const string ParameterConflict = "InvalidParamter.Conflict";

    // Group references.
    /// <summary>A group reference in, or to, an advanced (enterprise) group.</summary>
    public const string GroupAuthOperationDenied = "InvalidGroupAuthParameter.OperationDenied";

    /// <summary>An attribute an advanced group may not have (here: a drop rule when the option forbids it).</summary>
    public const string GroupParameterOperationDenied = "InvalidGroupParameter.OperationDenied";

    /// <summary>An egress rule that references its own group.</summary>
    public const string SecurityGroupIsSame = "InvalidSecurityGroup.IsSame";

    /// <summary>Group-only ingress rule with NicType internet (also: referenced group in another VPC, checked by the grains).</summary>
    public const string SourceGroupIdMismatch = "InvalidSourceGroupId.Mismatch";

    /// <summary>Group-only egress rule with NicType internet (also: referenced group in another VPC, checked by the grains).</summary>
    public const string DestGroupIdMismatch = "InvalidDestGroupId.Mismatch";

    /// <summary>SgGrid's spelling for a <c>SourceGroupOwnerId</c> that is not an account number.</summary>
    public const string InvalidSourceGroupOwnerId = "InvalidSourceGroupOwnerId.Malformed";

    /// <summary>SgGrid's spelling for a <c>DestGroupOwnerId</c> that is not an account number.</summary>
    public const string InvalidDestGroupOwnerId = "InvalidDestGroupOwnerId.Malformed";

    // Policy, priority, NicType, description.
    /// <summary>A rule <c>Policy</c> or a group <c>InnerAccessPolicy</c> other than accept/drop.</summary>
    public const string InvalidPolicy = "InvalidPolicy.Malformed";
    public const string InvalidPriority = "InvalidPriority.Malformed";
    public const string PriorityNotSupported = "InvalidPriority.ValueNotSupported";
    public const string NicTypeNotSupported = "InvalidNicType.ValueNotSupported";

    /// <summary>(sic) Rule description not 1-512 characters.</summary>
    public const string InvalidDescription = "InvalidSecurityGroupDiscription.Malformed";

    // Quotas.
    /// <summary>Rules (ingress + egress) in one group would exceed <c>RulesPerGroup</c>.</summary>
    public const string AuthorizationLimitExceed = "AuthorizationLimitExceed";

    /// <summary>Group-reference rules in one basic group would exceed <c>GroupReferenceRulesPerGroup</c>.</summary>
    public const string AuthorizedGroupRuleLimitExceed = "AuthorizedGroupRule.LimitExceed";

    // VPCs, vSwitches, private addresses (the region's non-security-group resources).
    public const string VpcNotFound = "InvalidVpcId.NotFound";
    public const string VSwitchNotFound = "InvalidVSwitchId.NotFound";

    /// <summary>A VPC or vSwitch CIDR block of the wrong family or mask length, or in a range the cloud refuses.</summary>
    public const string InvalidCidrBlock = "InvalidCidrBlock.Malformed";

    /// <summary>SgGrid's spelling: a vSwitch CIDR block not inside its VPC's CIDR block.</summary>
    public const string CidrBlockMismatch = "InvalidCidrBlock.Mismatch";

    /// <summary>A vSwitch CIDR block overlapping another vSwitch of the same VPC.</summary>
    public const string CidrBlockOverlapped = "InvalidCidrBlock.Overlapped";

    /// <summary>SgGrid's spelling: more vSwitches in one VPC than the quota (150).</summary>
    public const string VSwitchQuotaExceeded = "QuotaExceeded.VSwitch";

    /// <summary>DeleteVpc while the VPC has vSwitches.</summary>
    public const string VpcDependencyVSwitch = "DependencyViolation.VSwitch";

    /// <summary>DeleteVpc while the VPC has security groups.</summary>
    public const string VpcDependencySecurityGroup = "DependencyViolation.SecurityGroup";

    /// <summary>DeleteVpc while the VPC has instances or ENIs.</summary>
    public const string VpcDependencyInstance = "DependencyViolation.Instance";

    /// <summary>Not enough free private addresses in the vSwitch.</summary>
    public const string VSwitchIpNotEnough = "InvalidVSwitchId.IpNotEnough";

    /// <summary>A requested private address outside the vSwitch's CIDR block, or one of its reserved addresses.</summary>
    public const string VSwitchIpInvalid = "InvalidVSwitchId.IpInvalid";

    /// <summary>CreateVSwitch's <c>Ipv6CidrBlock</c> in a VPC without IPv6, or a <c>VpcIpv6CidrBlock</c> that is not the VPC's.</summary>
    public const string Ipv6CidrBlockIllegal = "IllegalParam.Ipv6CidrBlock";

    /// <summary>CreateVSwitch's <c>Ipv6CidrBlock</c> index is another vSwitch's of the same VPC.</summary>
    public const string Ipv6CidrBlockOverlapped = "OperationFailed.Ipv6CidrBlockOverLapped";

    /// <summary>CreateVpc with an explicit <c>Ipv6CidrBlock</c>: SgGrid reserves none (there is no AllocateVpcIpv6Cidr).</summary>
    public const string Ipv6CidrNotReserved = "OperationFailed.IPv6CidrNotReserved";

    /// <summary>CreateVpc's <c>Ipv6Isp</c> other than BGP (single-ISP blocks are not emulated).</summary>
    public const string Ipv6IspNotSupported = "UnsupportedFeature.Ipv6Isp";

    /// <summary>The same id created again with different parameters (ECS's ClientToken mismatch code).</summary>
    public const string IdempotentParameterMismatch = "IdempotentParameterMismatch";

    // Prefix lists (PrefixListNotFound is with the resource codes above).

    /// <summary>DeletePrefixList while security groups use the list.</summary>
    public const string PrefixListAssociationExist = "NotAllowed.AssociationExist";

    /// <summary>SgGrid's spelling: MaxEntries outside 1 to the per-list limit (200).</summary>
    public const string InvalidPrefixListMaxEntries = "InvalidParam.MaxEntries";

    /// <summary>SgGrid's spelling: an entry's CIDR block of the other address family.</summary>
    public const string PrefixListEntryFamilyMismatch = "InvalidParam.AddressFamilyMismatch";

    /// <summary>SgGrid's spelling: more entries than the list's MaxEntries.</summary>
    public const string PrefixListEntryQuotaExceeded = "QuotaExceed.PrefixListEntry";

    /// <summary>SgGrid's spelling: one CIDR block twice among the added (or removed) entries, or both added and removed.</summary>
    public const string PrefixListDuplicateEntry = "InvalidParam.DuplicateEntry";

    /// <summary>SgGrid's spelling: a removed entry that the list does not hold.</summary>
    public const string PrefixListEntryNotFound = "InvalidPrefixListEntry.NotFound";

    /// <summary>SgGrid's spelling: more security groups use the list than allowed (1,000 associated resources).</summary>
    public const string PrefixListAssociationQuotaExceeded = "QuotaExceed.PrefixListAssociation";

    /// <summary>SgGrid's spelling: more prefix lists in one region than the account's quota (100).</summary>
    public const string PrefixListQuotaExceeded = "QuotaExceed.PrefixList";

    // Instances and the ENIs attached to them (RunInstances, DeleteInstance, Attach/DetachNetworkInterface).
    public const string InstanceNotFound = "InvalidInstanceId.NotFound";


    /// <summary>RunInstances: the given ZoneId is not the vSwitch's zone.</summary>
    public const string VSwitchZoneMismatch = "InvalidVSwitchId.Mismatch";

    /// <summary>Attach an ENI that is attached already (or detach one attached elsewhere).</summary>
    public const string InvalidEniState = "InvalidOperation.InvalidEniState";

    /// <summary>Attach an ENI that is not a secondary ENI.</summary>
    public const string InvalidEniType = "InvalidOperation.InvalidEniType";

    /// <summary>Attach an ENI of another zone than the instance's.</summary>
    public const string AvailabilityZoneMismatch = "InvalidOperation.AvailabilityZoneMismatch";
    public const string DetachPrimaryEniNotAllowed = "InvalidOperation.DetachPrimaryEniNotAllowed";

    /// <summary>More ENIs (primary included) on one instance than its type allows.</summary>
    public const string EniPerInstanceLimitExceeded = "EniPerInstanceLimitExceeded";

    /// <summary>Attach/DetachNetworkInterface: the instance does not exist (ECS's spelling for these two calls).</summary>
    public const string EcsInstanceNotFound = "InvalidEcsId.NotFound";

    /// <summary>More secondary private IPv4 addresses on one ENI than allowed (49).</summary>
    public const string Ipv4CountExceeded = "InvalidOperation.Ipv4CountExceeded";

    /// <summary>IPv6 addresses asked by count from a vSwitch without an IPv6 block.</summary>
    public const string VSwitchIpv6NotTurnOn = "InvalidVSwitch.Ipv6NotTurnOn";

    /// <summary>JoinSecurityGroup by instance: the instance's (primary ENI's) group limit is reached.</summary>
    public const string InstanceSecurityGroupLimitExceeded = "InstanceSecurityGroupLimitExceeded";

    /// <summary>RunInstances: a security group of another VPC than the vSwitch's.</summary>
    public const string InconsistentNetwork = "OperationDenied.InconsistentNetwork";

    /// <summary>RunInstances without ImageId, InstanceType or VSwitchId (ECS answers these with the generic code).</summary>
    public const string MissingParameter = "MissingParameter";

    /// <summary>RunInstances: an InstanceType that is not of ECS's <c>ecs.family.size</c> shape.</summary>
    public const string InstanceTypeNotSupported = "InvalidInstanceType.ValueNotSupported";

    /// <summary>RunInstances with a launch template: SgGrid has none.</summary>
    public const string LaunchTemplateNotFound = "InvalidLaunchTemplate.NotFound";

    /// <summary>RunInstances: NetworkInterface.N entries that contradict each other or the top-level parameters.</summary>
    public const string InvalidNetworkInterfaceParameter = "InvalidParam.NetworkInterface";

    /// <summary>RunInstances: UniqueSuffix's three digits make the instance name longer than 128 characters.</summary>
    public const string InstanceNameExceed = "InvalidParams.InstanceNameExceed";

    /// <summary>RunInstances: UniqueSuffix's three digits make the host name longer than allowed.</summary>
    public const string HostNameExceed = "InvalidParams.HostnameExceed";

    /// <summary>A parameter SgGrid does not emulate (trunk ENIs, IP prefixes, launch-time options with no meaning here).</summary>
    public const string UnsupportedParameter = "UnsupportedParameter";

    // Request signatures and freshness (the gateway's common codes, ecs-api.md §2.3).
    /// <summary>The Authorization header or the v1 signature parameters are missing or garbled (HTTP 400).</summary>
    public const string IncompleteSignature = "IncompleteSignature";

    /// <summary>The signature differs from the server's; the message carries the server's string to sign (HTTP 400).</summary>
    public const string SignatureDoesNotMatch = "SignatureDoesNotMatch";

    /// <summary>The request names an access key id the region does not know (HTTP 404).</summary>
    public const string AccessKeyIdNotFound = "InvalidAccessKeyId.NotFound";

    /// <summary>A signature algorithm or version other than ACS3-HMAC-SHA256 or HMAC-SHA1 1.0 (HTTP 400).</summary>
    public const string InvalidSignatureMethod = "InvalidSignatureMethod";

    /// <summary>The request time (<c>Timestamp</c> or <c>x-acs-date</c>) is not <c>yyyy-MM-ddTHH:mm:ssZ</c> (HTTP 400).</summary>
    public const string InvalidTimeStampFormat = "InvalidTimeStamp.Format";

    /// <summary>The request time is further from the server clock than the allowed window, 15 minutes by default (HTTP 400).</summary>
    public const string TimeStampExpired = "InvalidTimeStamp.Expired";

    /// <summary>The signature nonce was seen already for this access key within the window (HTTP 400).</summary>
    public const string SignatureNonceUsed = "SignatureNonceUsed";

    // The gateway and the request as a whole (ecs-api.md §2.3).
    /// <summary>The action (or action and version) is not served (HTTP 404).</summary>
    public const string ApiNotFound = "InvalidApi.NotFound";

    /// <summary>The RegionId names no region the emulator serves (HTTP 404).</summary>
    public const string RegionNotFound = "InvalidRegionId.NotFound";

    /// <summary>The ZoneId names no zone of the region (HTTP 404).</summary>
    public const string ZoneNotFound = "InvalidZoneId.NotFound";

    /// <summary>DryRun=true and the request would have succeeded: returned as an error (HTTP 400).</summary>
    public const string DryRunOperation = "DryRunOperation";

    /// <summary>DeleteInstances' spelling of <see cref="DryRunOperation"/>.</summary>
    public const string DryRunSuccess = "DRYRUN.SUCCESS";

    /// <summary>A request with the same ClientToken is still being processed.</summary>
    public const string LastTokenProcessing = "LastTokenProcessing";

    /// <summary>The request (body, query or one value) is larger than the emulator accepts (SgGrid's spelling).</summary>
    public const string RequestTooLarge = "InvalidParameter.TooLarge";

    /// <summary>The HTTP method is neither GET nor POST.</summary>
    public const string UnsupportedHttpMethod = "UnsupportedHTTPMethod";

    /// <summary>An unexpected failure (a bug): HTTP 500, with the RequestId logged.</summary>
    public const string InternalError = "InternalError";

    /// <summary>The cluster could not answer in time (HTTP 503).</summary>
    public const string ServiceUnavailable = "ServiceUnavailable";

    /// <summary>The resource's status does not allow the operation (e.g. deleting a Running instance without Force).</summary>
    public const string IncorrectInstanceStatus = "IncorrectInstanceStatus";

    // What-if scenarios and health checks (SgGrid's actions; the spellings follow ECS's patterns).
    /// <summary>ImportRegion: the snapshot breaks SgGrid's constraints (the answer lists every problem).</summary>
    public const string InvalidSnapshot = "InvalidParameter.Snapshot";

    /// <summary>ImportRegion: another import into the tenant's region is still running.</summary>
    public const string RegionImportInProgress = "IncorrectStatus.RegionImportInProgress";

    /// <summary>DescribeRegionImportJob: the JobId names no import job of the caller's region.</summary>
    public const string RegionImportJobNotFound = "InvalidJobId.NotFound";

    /// <summary>The ScenarioId names no scenario of the caller's region.</summary>
    public const string ScenarioNotFound = "InvalidScenarioId.NotFound";

    /// <summary>Apply: a group in scope changed in production since the scenario was cloned.</summary>
    public const string ScenarioProductionChanged = "IncorrectStatus.ProductionChanged";

    /// <summary>Apply: the scenario was applied already.</summary>
    public const string ScenarioAlreadyApplied = "IncorrectStatus.ScenarioApplied";

    /// <summary>A change, in a scenario region, to a security group outside the scenario's scope.</summary>
    public const string SecurityGroupOutOfScenario = "InvalidOperation.SecurityGroupOutOfScenario";

    /// <summary>An action that makes no sense in a scenario region (CreateVpc, DeleteVpc, a scenario of a scenario).</summary>
    public const string ScenarioRegionUnsupported = "InvalidOperation.ScenarioRegion";

    /// <summary>The exact diff grew past the analysis' bounds; narrow it with filters.</summary>
    public const string DiffTooComplex = "InvalidOperation.DiffTooComplex";

    /// <summary>SgGrid's: the exact rule-health analysis grew past the analysis' bounds (a policy of very many overlapping rules).</summary>
    public const string HealthTooComplex = "InvalidOperation.HealthTooComplex";

    /// <summary>The per-region scenario quota.</summary>
    public const string ScenarioQuotaExceeded = "QuotaExceed.WhatIfScenario";

    /// <summary>ECS's per-account flow control (400): here, a tenant's expensive analyses already in progress.</summary>
    public const string ThrottlingUser = "Throttling.User";

    /// <summary>ECS's flow control (400): here, every analysis slot of the silo busy for longer than the wait allowed.</summary>
    public const string Throttling = "Throttling";

    /// <summary>
    /// SgGrid's: the tenant's directory or a VPC's address index reached the bound of what SgGrid stores for it
    /// (docs/scale.md; several hundred thousand resources per tenant and region). Nothing was created.
    /// </summary>
    public const string TenantStorageQuotaExceeded = "QuotaExceed.TenantStorage";
}
