namespace SgGrid.Api.Tests.Ecs.Fuzzing;

/// <summary>
/// Every action with a request that the fuzz region accepts or refuses for its own reasons, and the breaks that surely make
/// it invalid (placeholders such as {sgA} are <see cref="FuzzRegion.Ids"/>).
/// </summary>
internal static class FuzzCatalog
{
    private const string Ecs = "2014-05-26";
    private const string Vpc = "2016-04-28";
    private const string Sim = "2026-11-28";
    private const string Image = "aliyun_3_x64_20G_alibase_20240819.vhd";

    public static IReadOnlyList<FuzzTemplate> Templates { get; } =
    [
        new("DescribeRegions", Ecs, [], [T("AcceptLanguage", 0, 16)]),

        new("CreateVpc", Vpc, [("RegionId", "cn-hangzhou"), ("CidrBlock", "10.77.0.0/16"), ("VpcName", "fz")],
            [M("RegionId"), R(), C("CidrBlock"), T("VpcName", 1, 128), T("Description", 1, 256), B("DryRun"), B("EnableIpv6"), Add("Tag.1.Value", "no-key")]),
        new("DeleteVpc", Vpc, [("RegionId", "cn-hangzhou"), ("VpcId", "{vpc}")],
            [M("VpcId"), Id("VpcId", "vpc-", "{bvpc}"), B("DryRun"), B("ForceDelete"), R()]),
        new("DescribeVpcs", Vpc, [("RegionId", "cn-hangzhou")],
            [M("RegionId"), R(), N("PageNumber", 1, int.MaxValue), N("PageSize", 1, 50), B("IsDefault"), B("DryRun"), Add("VpcOwnerId", "abc"), T("VpcName", 1, 128)]),
        new("CreateVSwitch", Vpc, [("RegionId", "cn-hangzhou"), ("VpcId", "{vpc}"), ("ZoneId", "cn-hangzhou-h"), ("CidrBlock", "10.20.9.0/24")],
            [M("VpcId"), Id("VpcId", "vpc-", "{bvpc}"), M("ZoneId"), Add("ZoneId", "cn-hangzhou-z"), M("CidrBlock"), C("CidrBlock"), Add("CidrBlock", "10.21.0.0/24"),
             T("VSwitchName", 1, 128), T("Description", 1, 256), N("Ipv6CidrBlock", 0, 255), R()]),
        new("DeleteVSwitch", Vpc, [("RegionId", "cn-hangzhou"), ("VSwitchId", "{vsw}")], [M("VSwitchId"), Id("VSwitchId", "vsw-"), B("DryRun"), R()]),
        new("DescribeVSwitches", Vpc, [("RegionId", "cn-hangzhou"), ("VpcId", "{vpc}")],
            [N("PageNumber", 1, int.MaxValue), N("PageSize", 1, 50), B("IsDefault"), B("DryRun"), T("VSwitchName", 1, 128), R()]),

        new("DescribeVpcAttribute", Vpc, [("RegionId", "cn-hangzhou"), ("VpcId", "{vpc}")], [M("VpcId"), Id("VpcId", "vpc-", "{bvpc}"), B("DryRun"), B("IsDefault"), R()]),
        new("DescribeVSwitchAttributes", Vpc, [("RegionId", "cn-hangzhou"), ("VSwitchId", "{vsw}")], [M("VSwitchId"), Id("VSwitchId", "vsw-"), B("DryRun"), R()]),
        new("ModifyVpcAttribute", Vpc, [("RegionId", "cn-hangzhou"), ("VpcId", "{vpc}")],
            [M("VpcId"), Id("VpcId", "vpc-", "{bvpc}"), T("VpcName", 1, 128), T("Description", 1, 256), Add("CidrBlock", "10.0.0.0/8"), Add("EnableIPv6", "false"), B("EnableDnsHostname"), R()]),
        new("ModifyVSwitchAttribute", Vpc, [("RegionId", "cn-hangzhou"), ("VSwitchId", "{vsw}")],
            [M("VSwitchId"), Id("VSwitchId", "vsw-"), T("VSwitchName", 1, 128), T("Description", 1, 256), Add("EnableIPv6", "false"), R()]),
        new("DescribeZones", Vpc, [("RegionId", "cn-hangzhou")], [M("RegionId"), R(), T("AcceptLanguage", 0, 16)]),
        new("DescribeRegions", Vpc, [], [T("AcceptLanguage", 0, 16)]),

        new("CreateSecurityGroup", Ecs, [("RegionId", "cn-hangzhou"), ("VpcId", "{vpc}"), ("SecurityGroupName", "fz")],
            [M("RegionId"), R(), M("VpcId"), Id("VpcId", "vpc-", "{bvpc}"), Nm("SecurityGroupName"), T("Description", 2, 256), Ch("SecurityGroupType"), B("ServiceManaged"), Add("Tag.1.Value", "no-key")]),
        new("DeleteSecurityGroup", Ecs, [("RegionId", "cn-hangzhou"), ("SecurityGroupId", "{sgA}")], [M("SecurityGroupId"), Id("SecurityGroupId", "sg-", "{bsg}"), R()]),
        new("DescribeSecurityGroups", Ecs, [("RegionId", "cn-hangzhou")],
            [M("RegionId"), R(), N("PageNumber", 1, int.MaxValue), N("PageSize", 1, 50), N("MaxResults", 1, 100), J("SecurityGroupIds"), Ch("SecurityGroupType"), B("DryRun"), B("ServiceManaged")]),
        new("DescribeSecurityGroupAttribute", Ecs, [("RegionId", "cn-hangzhou"), ("SecurityGroupId", "{sgA}")],
            [M("SecurityGroupId"), Id("SecurityGroupId", "sg-", "{bsg}"), N("MaxResults", 10, 1000), Ch("NicType"), Ch("Direction"), Add("NextToken", "not-a-token"), R()]),
        new("AuthorizeSecurityGroup", Ecs, [("RegionId", "cn-hangzhou"), ("SecurityGroupId", "{sgC}"), ("Permissions.1.IpProtocol", "TCP"), ("Permissions.1.PortRange", "2222/2222"), ("Permissions.1.SourceCidrIp", "10.9.9.9/32")],
            [M("SecurityGroupId"), Id("SecurityGroupId", "sg-", "{bsg}"), P("Permissions.1.IpProtocol"), Pr("Permissions.1.PortRange"), C("Permissions.1.SourceCidrIp"), Ch("Permissions.1.Policy"),
             N("Permissions.1.Priority", 1, 100), Ch("Permissions.1.NicType"), T("Permissions.1.Description", 1, 512), Add("IpProtocol", "TCP"), Ix("Permissions", "IpProtocol"), R()]),
        new("AuthorizeSecurityGroupEgress", Ecs, [("RegionId", "cn-hangzhou"), ("SecurityGroupId", "{sgC}"), ("Permissions.1.IpProtocol", "UDP"), ("Permissions.1.PortRange", "53/53"), ("Permissions.1.DestCidrIp", "10.9.9.9/32")],
            [M("SecurityGroupId"), Id("SecurityGroupId", "sg-", "{bsg}"), P("Permissions.1.IpProtocol"), Pr("Permissions.1.PortRange"), C("Permissions.1.DestCidrIp"), Ch("Permissions.1.Policy"),
             N("Permissions.1.Priority", 1, 100), T("Permissions.1.Description", 1, 512), Add("PortRange", "53/53"), Ix("Permissions", "PortRange"), R()]),
        new("RevokeSecurityGroup", Ecs, [("RegionId", "cn-hangzhou"), ("SecurityGroupId", "{sgA}"), ("Permissions.1.IpProtocol", "TCP"), ("Permissions.1.PortRange", "9/9"), ("Permissions.1.SourceCidrIp", "10.9.9.9/32")],
            [M("SecurityGroupId"), Id("SecurityGroupId", "sg-", "{bsg}"), P("Permissions.1.IpProtocol"), Pr("Permissions.1.PortRange"), C("Permissions.1.SourceCidrIp"), Ch("Permissions.1.Policy"),
             Add("SecurityGroupRuleId.1", "{ruleIn}"), Ix("Permissions", "IpProtocol"), R()]),
        new("RevokeSecurityGroupEgress", Ecs, [("RegionId", "cn-hangzhou"), ("SecurityGroupId", "{sgA}"), ("SecurityGroupRuleId.1", "sgr-nothing0000000000000")],
            [M("SecurityGroupId"), Id("SecurityGroupId", "sg-", "{bsg}"), Add("Permissions.1.IpProtocol", "TCP"), Ix("SecurityGroupRuleId", null), R()]),
        new("ModifySecurityGroupRule", Ecs, [("RegionId", "cn-hangzhou"), ("SecurityGroupId", "{sgA}"), ("SecurityGroupRuleId", "{ruleIn}"), ("Description", "fz")],
            [M("SecurityGroupId"), Id("SecurityGroupId", "sg-", "{bsg}"), Add("SecurityGroupRuleId", "sgr-nothing0000000000000"), P("IpProtocol"), Pr("PortRange"), N("Priority", 1, 100),
             Ch("Policy"), C("SourceCidrIp"), T("Description", 1, 512), R()]),
        new("ModifySecurityGroupEgressRule", Ecs, [("RegionId", "cn-hangzhou"), ("SecurityGroupId", "{sgA}"), ("SecurityGroupRuleId", "{ruleOut}"), ("Description", "fz")],
            [M("SecurityGroupId"), Id("SecurityGroupId", "sg-", "{bsg}"), Add("SecurityGroupRuleId", "{ruleIn}"), P("IpProtocol"), N("Priority", 1, 100), Ch("Policy"), C("DestCidrIp"), T("Description", 1, 512), R()]),
        new("ModifySecurityGroupPolicy", Ecs, [("RegionId", "cn-hangzhou"), ("SecurityGroupId", "{sgA}"), ("InnerAccessPolicy", "Accept")],
            [M("SecurityGroupId"), Id("SecurityGroupId", "sg-", "{bsg}"), M("InnerAccessPolicy"), Ch("InnerAccessPolicy"), R()]),
        new("ModifySecurityGroupAttribute", Ecs, [("RegionId", "cn-hangzhou"), ("SecurityGroupId", "{sgC}"), ("SecurityGroupName", "sgC")],
            [M("SecurityGroupId"), Id("SecurityGroupId", "sg-", "{bsg}"), Nm("SecurityGroupName"), T("Description", 2, 256), R()]),
        new("DescribeSecurityGroupReferences", Ecs, [("RegionId", "cn-hangzhou"), ("SecurityGroupId.1", "{sgA}")],
            [M("SecurityGroupId.1"), Id("SecurityGroupId.1", "sg-", "{bsg}"), Ix("SecurityGroupId", null), R()]),
        new("JoinSecurityGroup", Ecs, [("RegionId", "cn-hangzhou"), ("SecurityGroupId", "{sgB}"), ("NetworkInterfaceId", "{eni}")],
            [M("SecurityGroupId"), Id("SecurityGroupId", "sg-", "{bsg}"), Id("NetworkInterfaceId", "eni-", "{beni}"), Add("InstanceId", "{inst}")]),
        new("LeaveSecurityGroup", Ecs, [("RegionId", "cn-hangzhou"), ("SecurityGroupId", "{sgC}"), ("NetworkInterfaceId", "{eni}")],
            [M("SecurityGroupId"), Id("SecurityGroupId", "sg-", "{bsg}"), Id("NetworkInterfaceId", "eni-", "{beni}"), Add("InstanceId", "{inst}")]),

        new("CreateNetworkInterface", Ecs, [("RegionId", "cn-hangzhou"), ("VSwitchId", "{vsw}"), ("SecurityGroupId", "{sgA}")],
            [M("RegionId"), R(), M("VSwitchId"), Id("VSwitchId", "vsw-"), Id("SecurityGroupId", "sg-", "{bsg}"), A("PrimaryIpAddress"), Add("PrimaryIpAddress", "10.20.2.5"),
             N("SecondaryPrivateIpAddressCount", 1, 49), Nm("NetworkInterfaceName"), T("Description", 2, 256), B("DeleteOnRelease"), Ch("InstanceType"), Add("Ipv6Address.1", "10.0.0.1"),
             Add("SecurityGroupIds.1", "{sgB}"), Ix("PrivateIpAddress", null), Add("Tag.1.Value", "no-key")]),
        new("DeleteNetworkInterface", Ecs, [("RegionId", "cn-hangzhou"), ("NetworkInterfaceId", "{eni2}")], [M("NetworkInterfaceId"), Id("NetworkInterfaceId", "eni-", "{beni}"), R()]),
        new("AttachNetworkInterface", Ecs, [("RegionId", "cn-hangzhou"), ("InstanceId", "{inst}"), ("NetworkInterfaceId", "{instEni}")],
            [M("InstanceId"), Id("InstanceId", "i-"), M("NetworkInterfaceId"), Id("NetworkInterfaceId", "eni-", "{beni}"), N("NetworkCardIndex", 0, 255), B("WaitForNetworkConfigurationReady"), R()]),
        new("DetachNetworkInterface", Ecs, [("RegionId", "cn-hangzhou"), ("InstanceId", "{inst}"), ("NetworkInterfaceId", "{instEni}")],
            [M("InstanceId"), Id("InstanceId", "i-"), M("NetworkInterfaceId"), Id("NetworkInterfaceId", "eni-", "{beni}"), R()]),
        new("DescribeNetworkInterfaces", Ecs, [("RegionId", "cn-hangzhou")],
            [M("RegionId"), R(), Add("MaxResults", "abc"), Add("PageSize", "abc"), Add("PageNumber", "x"), Ch("Type"), Ch("Status"), B("ServiceManaged"), A("PrivateIpAddress.1"), Ix("NetworkInterfaceId", null)]),
        new("ModifyNetworkInterfaceAttribute", Ecs, [("RegionId", "cn-hangzhou"), ("NetworkInterfaceId", "{eni}"), ("Description", "fz")],
            [M("NetworkInterfaceId"), Id("NetworkInterfaceId", "eni-", "{beni}"), Nm("NetworkInterfaceName"), T("Description", 2, 255), B("DeleteOnRelease"), Id("SecurityGroupId.1", "sg-", "{bsg}"), R()]),
        new("AssignPrivateIpAddresses", Ecs, [("RegionId", "cn-hangzhou"), ("NetworkInterfaceId", "{eni}"), ("SecondaryPrivateIpAddressCount", "1")],
            [M("NetworkInterfaceId"), Id("NetworkInterfaceId", "eni-", "{beni}"), N("SecondaryPrivateIpAddressCount", 1, 49), Add("PrivateIpAddress.1", "10.20.1.200"), R()]),
        new("UnassignPrivateIpAddresses", Ecs, [("RegionId", "cn-hangzhou"), ("NetworkInterfaceId", "{eni}"), ("PrivateIpAddress.1", "10.20.1.201")],
            [M("NetworkInterfaceId"), Id("NetworkInterfaceId", "eni-", "{beni}"), A("PrivateIpAddress.1"), R()]),
        new("RunInstances", Ecs, [("RegionId", "cn-hangzhou"), ("VSwitchId", "{vsw}"), ("SecurityGroupId", "{sgA}"), ("ImageId", Image), ("InstanceType", "ecs.g7.large")],
            [M("RegionId"), R(), Id("VSwitchId", "vsw-"), Id("SecurityGroupId", "sg-", "{bsg}"), N("Amount", 1, 100), N("MinAmount", 1, 100), M("ImageId"), M("InstanceType"),
             Add("InstanceType", "huge"), B("DryRun"), T("Description", 2, 256), Add("HostName", "-bad-"), Ix("NetworkInterface", "VSwitchId"), A("PrivateIpAddress"), Add("SecurityGroupIds.1", "{sgB}")]),
        new("DescribeInstances", Ecs, [("RegionId", "cn-hangzhou")],
            [M("RegionId"), R(), J("InstanceIds"), Ch("Status"), Ch("InstanceNetworkType"), B("DryRun"), Add("MaxResults", "abc"), Add("PageNumber", "abc"), J("PrivateIpAddresses")]),
        new("DeleteInstance", Ecs, [("InstanceId", "{inst}")], [M("InstanceId"), Id("InstanceId", "i-"), B("Force"), B("DryRun")]),
        new("DeleteInstances", Ecs, [("RegionId", "cn-hangzhou"), ("InstanceId.1", "{inst}")], [M("InstanceId.1"), Id("InstanceId.1", "i-"), B("Force"), B("DryRun"), Ix("InstanceId", null), R()]),

        new("StartInstance", Ecs, [("InstanceId", "{inst}")], [M("InstanceId"), Id("InstanceId", "i-"), B("DryRun"), B("InitLocalDisk")]),
        new("StopInstance", Ecs, [("InstanceId", "{inst}"), ("DryRun", "true")], [M("InstanceId"), Id("InstanceId", "i-"), B("DryRun"), B("ForceStop")]),
        new("RebootInstance", Ecs, [("InstanceId", "{inst}"), ("DryRun", "true")], [M("InstanceId"), Id("InstanceId", "i-"), B("DryRun"), B("ForceStop")]),
        new("StartInstances", Ecs, [("RegionId", "cn-hangzhou"), ("InstanceId.1", "{inst}")], [M("InstanceId.1"), Id("InstanceId.1", "i-"), Ch("BatchOptimization"), B("DryRun"), R()]),
        new("StopInstances", Ecs, [("RegionId", "cn-hangzhou"), ("InstanceId.1", "{inst}"), ("DryRun", "true")],
            [Id("InstanceId.1", "i-"), Ch("BatchOptimization"), B("DryRun"), B("ForceStop"), Ix("InstanceId", null), R()]),
        new("RebootInstances", Ecs, [("RegionId", "cn-hangzhou"), ("InstanceId.1", "{inst}"), ("DryRun", "true")],
            [Id("InstanceId.1", "i-"), Ch("BatchOptimization"), B("DryRun"), B("ForceReboot"), R()]),
        new("DescribeInstanceStatus", Ecs, [("RegionId", "cn-hangzhou")], [M("RegionId"), R(), N("PageNumber", 1, int.MaxValue), N("PageSize", 1, 50), Ix("InstanceId", null)]),
        new("DescribeInstanceAttribute", Ecs, [("InstanceId", "{inst}")], [M("InstanceId"), Id("InstanceId", "i-")]),
        new("ModifyInstanceAttribute", Ecs, [("InstanceId", "{inst}")],
            [M("InstanceId"), Id("InstanceId", "i-"), T("InstanceName", 2, 128), T("Description", 2, 256), Add("HostName", "-bad-"), B("DeletionProtection"), Add("SecurityGroupIds.1", "{bsg}")]),

        new("CreatePrefixList", Ecs, [("RegionId", "cn-hangzhou"), ("PrefixListName", "fz"), ("AddressFamily", "IPv4"), ("MaxEntries", "5")],
            [M("RegionId"), R(), M("PrefixListName"), Nm("PrefixListName"), M("AddressFamily"), Ch("AddressFamily"), M("MaxEntries"), N("MaxEntries", 1, 200), T("Description", 2, 256),
             C("Entry.1.Cidr"), Ix("Entry", "Cidr"), Add("Tag.1.Value", "no-key")]),
        new("ModifyPrefixList", Ecs, [("RegionId", "cn-hangzhou"), ("PrefixListId", "{pl}"), ("Description", "fz")],
            [M("PrefixListId"), Id("PrefixListId", "pl-"), T("Description", 2, 256), C("AddEntry.1.Cidr"), Add("RemoveEntry.1.Cidr", "10.98.0.0/16"), Nm("PrefixListName"), R()]),
        new("DescribePrefixLists", Ecs, [("RegionId", "cn-hangzhou")], [M("RegionId"), R(), N("MaxResults", 1, 100), T("PrefixListName", 1, 128), Ix("PrefixListId", null)]),
        new("DescribePrefixListAttributes", Ecs, [("RegionId", "cn-hangzhou"), ("PrefixListId", "{pl}")], [M("PrefixListId"), Id("PrefixListId", "pl-"), R()]),
        new("DeletePrefixList", Ecs, [("RegionId", "cn-hangzhou"), ("PrefixListId", "{pl}")], [M("PrefixListId"), Id("PrefixListId", "pl-"), R()]),

        new("TagResources", Ecs, [("RegionId", "cn-hangzhou"), ("ResourceType", "securitygroup"), ("ResourceId.1", "{sgA}"), ("Tag.1.Key", "fz"), ("Tag.1.Value", "fz")],
            [M("ResourceType"), Add("ResourceType", "disk"), M("ResourceId.1"), Id("ResourceId.1", "sg-", "{bsg}"), Add("Tag.1.Key", "aliyun-fz"), M("Tag.1.Key"), T("Tag.1.Value", 0, 128),
             Ix("ResourceId", null), R()]),
        new("UntagResources", Ecs, [("RegionId", "cn-hangzhou"), ("ResourceType", "securitygroup"), ("ResourceId.1", "{sgA}"), ("TagKey.1", "fz")],
            [M("ResourceType"), Add("ResourceType", "disk"), M("ResourceId.1"), Id("ResourceId.1", "sg-", "{bsg}"), T("TagKey.1", 0, 128), B("All"), Ix("TagKey", null), R()]),
        new("ListTagResources", Ecs, [("RegionId", "cn-hangzhou"), ("ResourceType", "eni"), ("ResourceId.1", "{eni}")],
            [M("ResourceType"), Add("ResourceType", "disk"), M("ResourceId.1"), N("MaxResults", 1, 50), T("Tag.1.Value", 0, 128), Ix("ResourceId", null), R()]),
        new("TagResources", Vpc, [("RegionId", "cn-hangzhou"), ("ResourceType", "VPC"), ("ResourceId.1", "{vpc}"), ("Tag.1.Key", "fz"), ("Tag.1.Value", "fz")],
            [M("ResourceType"), Add("ResourceType", "EIP"), M("ResourceId.1"), Id("ResourceId.1", "vpc-", "{bvpc}"), Add("Tag.1.Key", "acs:fz"), T("Tag.1.Value", 0, 128), R()]),
        new("UnTagResources", Vpc, [("RegionId", "cn-hangzhou"), ("ResourceType", "VSWITCH"), ("ResourceId.1", "{vsw}"), ("TagKey.1", "fz")],
            [M("ResourceType"), Add("ResourceType", "EIP"), M("ResourceId.1"), Id("ResourceId.1", "vsw-"), T("TagKey.1", 0, 128), B("All"), R()]),
        new("ListTagResources", Vpc, [("RegionId", "cn-hangzhou"), ("ResourceType", "VPC"), ("ResourceId.1", "{vpc}")],
            [M("ResourceType"), Add("ResourceType", "EIP"), M("ResourceId.1"), N("MaxResults", 1, 50), R()]),

        new("CheckFlow", Sim, [("RegionId", "cn-hangzhou"), ("Source", "{eni}"), ("Destination", "{eni2}"), ("Protocol", "TCP"), ("DestinationPort", "22")],
            [M("RegionId"), R(), M("Source"), M("Destination"), Id("Source", "eni-", "{beni}"), Id("Destination", "i-"), P("Protocol"), Add("Protocol", "ALL"), N("DestinationPort", 0, 65535),
             N("SourcePort", 0, 65535), M("DestinationPort")]),
    ];

    private static FuzzBreak M(string parameter) => new(parameter, FuzzKind.Missing);

    private static FuzzBreak R() => new("RegionId", FuzzKind.Region);

    private static FuzzBreak Id(string parameter, string prefix, string? otherTenantId = null) => new(parameter, FuzzKind.Id, Prefix: prefix, OtherTenantId: otherTenantId);

    private static FuzzBreak B(string parameter) => new(parameter, FuzzKind.Bool);

    private static FuzzBreak N(string parameter, int min, int max) => new(parameter, FuzzKind.Number, min, max);

    private static FuzzBreak C(string parameter) => new(parameter, FuzzKind.Cidr);

    private static FuzzBreak Nm(string parameter) => new(parameter, FuzzKind.Name);

    private static FuzzBreak T(string parameter, int min, int max) => new(parameter, FuzzKind.Text, min, max);

    private static FuzzBreak Ch(string parameter) => new(parameter, FuzzKind.Choice);

    private static FuzzBreak J(string parameter) => new(parameter, FuzzKind.JsonList);

    private static FuzzBreak Pr(string parameter) => new(parameter, FuzzKind.PortRange);

    private static FuzzBreak P(string parameter) => new(parameter, FuzzKind.Protocol);

    private static FuzzBreak A(string parameter) => new(parameter, FuzzKind.Address);

    /// <summary>Bad indexes for the list <paramref name="parameter"/>; <paramref name="field"/> for lists of objects (<c>Permissions.N.IpProtocol</c>).</summary>
    private static FuzzBreak Ix(string parameter, string? field) => new(parameter, FuzzKind.Indexes, Value: field);

    private static FuzzBreak Add(string parameter, string value) => new(parameter, FuzzKind.Add, Value: value);
}
