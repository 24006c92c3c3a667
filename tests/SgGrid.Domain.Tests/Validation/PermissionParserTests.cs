using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.Validation;
using static SgGrid.Domain.Tests.Validation.ValidationTestData;

namespace SgGrid.Domain.Tests.Validation;

public class PermissionParserTests
{
    // ---- Defaults ------------------------------------------------------------------------------------------

    [Fact]
    public void Parse_MinimalTcpPermission_AppliesDefaults()
    {
        var rule = ParseRule(BasicIngress, Ssh);

        Assert.Equal(Direction.Ingress, rule.Direction);
        Assert.Equal(IpProtocol.Tcp, rule.Protocol);
        Assert.Equal(new PortRange(22, 22), rule.DestinationPorts);
        Assert.Equal(PortRange.All, rule.SourcePorts);
        Assert.Equal(new CidrPeer(IpCidr.Parse("10.0.0.0/8")), rule.Remote);
        Assert.Null(rule.LocalCidr);
        Assert.Equal(RulePolicy.Accept, rule.Policy);
        Assert.Equal(1, rule.Priority);
        Assert.Equal(NicType.Intranet, rule.NicType);
        Assert.Equal("", rule.Description);
    }

    [Theory]
    [InlineData("ALL")]
    [InlineData("icmp")]
    [InlineData("GRE")]
    [InlineData("47")]
    public void Parse_ProtocolWithoutPortsAndNoPortRange_UsesAllPorts(string protocol)
    {
        var rule = ParseRule(BasicIngress, new PermissionRequest { IpProtocol = protocol, SourceCidrIp = "10.0.0.0/8" });
        Assert.Equal(PortRange.All, rule.DestinationPorts);
        Assert.Equal("-1/-1", rule.DestinationPorts.ToString());
        Assert.Equal(PortRange.All, rule.SourcePorts);
    }

    [Fact]
    public void Parse_IcmpV6WithMinusOnePorts_Accepted()
    {
        var rule = ParseRule(BasicIngress, new PermissionRequest { IpProtocol = "ICMPv6", PortRange = "-1/-1", Ipv6SourceCidrIp = "2001:db8::/32" });
        Assert.Equal(IpProtocol.IcmpV6, rule.Protocol);
        Assert.Equal(PortRange.All, rule.DestinationPorts);
    }

    [Fact]
    public void Parse_AllFieldsGiven_KeepsEveryValue()
    {
        var rule = ParseRule(BasicIngress, new PermissionRequest
        {
            IpProtocol = "udp",
            PortRange = "53/53",
            SourcePortRange = "1024/65535",
            SourceCidrIp = "192.168.0.100",
            DestCidrIp = "10.1.2.0/24",
            Policy = "drop",
            Priority = "42",
            NicType = "intranet",
            Description = "dns",
        });

        Assert.Equal(IpProtocol.Udp, rule.Protocol);
        Assert.Equal(new PortRange(1024, 65535), rule.SourcePorts);
        Assert.Equal(new CidrPeer(IpCidr.Parse("192.168.0.100/32")), rule.Remote);
        Assert.Equal(IpCidr.Parse("10.1.2.0/24"), rule.LocalCidr);
        Assert.Equal(RulePolicy.Drop, rule.Policy);
        Assert.Equal(42, rule.Priority);
        Assert.Equal("dns", rule.Description);
    }

    [Fact]
    public void Parse_Egress_RemoteIsDestAndLocalIsSource()
    {
        var rule = ParseRule(BasicEgress, new PermissionRequest
        {
            IpProtocol = "tcp", PortRange = "443/443", DestCidrIp = "0.0.0.0/0", SourceCidrIp = "10.0.0.5",
        });

        Assert.Equal(Direction.Egress, rule.Direction);
        Assert.Equal(new CidrPeer(IpCidr.Parse("0.0.0.0/0")), rule.Remote);
        Assert.Equal(IpCidr.Parse("10.0.0.5/32"), rule.LocalCidr);
    }

    [Fact]
    public void Parse_NicTypeInternetWithCidr_StoredAsIntranet()
    {
        var rule = ParseRule(BasicIngress, Ssh with { NicType = "Internet" });
        Assert.Equal(NicType.Intranet, rule.NicType);
    }

    [Fact]
    public void Parse_EmptyStrings_TreatedAsAbsent()
    {
        var rule = ParseRule(BasicIngress, Ssh with { Policy = "", Priority = "", NicType = "", Description = "", SourcePortRange = "", SourceGroupId = "" });
        Assert.Equal(RulePolicy.Accept, rule.Policy);
        Assert.Equal(1, rule.Priority);
    }

    // ---- Case-insensitivity (D6) ---------------------------------------------------------------------------

    [Theory]
    [InlineData("tcp", "ACCEPT", "INTRANET")]
    [InlineData("Tcp", "Accept", "Intranet")]
    [InlineData("TCP", "accept", "intranet")]
    public void Parse_AnyCase_Accepted(string protocol, string policy, string nicType)
    {
        var rule = ParseRule(BasicIngress, Ssh with { IpProtocol = protocol, Policy = policy, NicType = nicType });
        Assert.Equal(IpProtocol.Tcp, rule.Protocol);
        Assert.Equal(RulePolicy.Accept, rule.Policy);
    }

    [Theory]
    [InlineData("drop")]
    [InlineData("Drop")]
    [InlineData("DROP")]
    public void Parse_DropAnyCase_Drop(string policy) =>
        Assert.Equal(RulePolicy.Drop, ParseRule(BasicIngress, Ssh with { Policy = policy }).Policy);

    // ---- Protocol ------------------------------------------------------------------------------------------

    [Fact]
    public void Parse_NoProtocol_MissingIpProtocol() =>
        Assert.Equal(EcsErrorCodes.MissingIpProtocol, SingleError(BasicIngress, Ssh with { IpProtocol = null }).Code);

    [Theory]
    [InlineData("SCTP")]
    [InlineData("256")]
    [InlineData("-1")]
    [InlineData("tcp6")]
    public void Parse_UnknownProtocol_ValueNotSupported(string protocol)
    {
        var error = SingleError(BasicIngress, new PermissionRequest { IpProtocol = protocol, SourceCidrIp = "10.0.0.0/8" });
        Assert.Equal("InvalidIpProtocol.ValueNotSupported", error.Code);
        Assert.Equal("The parameter IpProtocol must be specified with case insensitive TCP, UDP, ICMP, GRE or All.", error.Message);
    }

    [Fact]
    public void Parse_NumericProtocolWhenDisabled_ValueNotSupported()
    {
        var options = EmulationOptions.Default with { AcceptNumericProtocols = false };
        var error = SingleError(BasicIngress, new PermissionRequest { IpProtocol = "89", SourceCidrIp = "10.0.0.0/8" }, options);
        Assert.Equal(EcsErrorCodes.IpProtocolNotSupported, error.Code);
    }

    [Fact]
    public void Parse_NumericProtocolWhenEnabled_Accepted()
    {
        var rule = ParseRule(BasicIngress, new PermissionRequest { IpProtocol = "89", SourceCidrIp = "10.0.0.0/8" });
        Assert.Equal(IpProtocol.FromNumber(89), rule.Protocol);
    }

    // ---- Ports ---------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("TCP", "-1/-1")]
    [InlineData("UDP", "-1/-1")]
    [InlineData("6", "-1/-1")]
    [InlineData("ICMP", "1/200")]
    [InlineData("GRE", "22/22")]
    [InlineData("ALL", "1/65535")]
    public void Parse_ProtocolAndPortRangeDoNotFit_OperationDenied(string protocol, string portRange)
    {
        var error = SingleError(BasicIngress, new PermissionRequest { IpProtocol = protocol, PortRange = portRange, SourceCidrIp = "10.0.0.0/8" });
        Assert.Equal("OperationDenied", error.Code);
        Assert.Equal("The specified IpProtocol does not exist or IpProtocol and PortRange do not match.", error.Message);
    }

    [Theory]
    [InlineData("22")]
    [InlineData("200/1")]
    [InlineData("0/80")]
    [InlineData("1/65536")]
    [InlineData("a/b")]
    [InlineData("1/")]
    [InlineData("-1/80")]
    public void Parse_MalformedPortRange_InvalidParamPortRange(string portRange)
    {
        var error = SingleError(BasicIngress, Ssh with { PortRange = portRange });
        Assert.Equal("InvalidParam.PortRange", error.Code);
    }

    [Fact]
    public void Parse_TcpWithoutPortRange_InvalidPortRangeMalformed()
    {
        var error = SingleError(BasicIngress, Ssh with { PortRange = null });
        Assert.Equal("InvalidPortRange.Malformed", error.Code);
        Assert.Equal("PortRange must set", error.Message);
    }

    [Theory]
    [InlineData("80")]
    [InlineData("9/1")]
    public void Parse_MalformedSourcePortRange_InvalidSourcePortRange(string sourcePortRange) =>
        Assert.Equal("InvalidSourcePortRange.Malformed", SingleError(BasicIngress, Ssh with { SourcePortRange = sourcePortRange }).Code);

    [Fact]
    public void Parse_SourcePortRangeOnIcmp_InvalidSourcePortRange() =>
        Assert.Equal(EcsErrorCodes.InvalidSourcePortRange,
            SingleError(BasicIngress, new PermissionRequest { IpProtocol = "ICMP", SourcePortRange = "1/2", SourceCidrIp = "10.0.0.0/8" }).Code);

    [Fact]
    public void Parse_PortRangeListIdWithPortRange_ListIgnored() =>
        Assert.Equal(new PortRange(22, 22), ParseRule(BasicIngress, Ssh with { PortRangeListId = "prl-1" }).DestinationPorts);

    [Fact]
    public void Parse_PortRangeListIdForTcp_NotFound() =>
        Assert.Equal("InvalidPortRangeListId.NotFound", SingleError(BasicIngress, Ssh with { PortRange = null, PortRangeListId = "prl-1" }).Code);

    [Fact]
    public void Parse_PortRangeListIdForIcmp_ProtocolNotSupportPortRangeList() =>
        Assert.Equal("InvalidParam.ProtocolNotSupportPortRangeList",
            SingleError(BasicIngress, new PermissionRequest { IpProtocol = "ICMP", PortRangeListId = "prl-1", SourceCidrIp = "10.0.0.0/8" }).Code);

    // ---- Remote peer ---------------------------------------------------------------------------------------

    [Fact]
    public void Parse_IngressWithoutSource_MissingParameterSource()
    {
        // Dest* fields are the local address on ingress, not a remote.
        var error = SingleError(BasicIngress, new PermissionRequest { IpProtocol = "ALL", DestCidrIp = "10.0.0.1", DestGroupId = OtherGroupId });
        Assert.Equal("MissingParameter.Source", error.Code);
        Assert.Equal("One of the parameters SourceCidrIp, SourceGroupId or SourcePrefixListId must be specified.", error.Message);
    }

    [Fact]
    public void Parse_EgressWithoutDest_MissingParameterDest()
    {
        var error = SingleError(BasicEgress, new PermissionRequest { IpProtocol = "ALL", SourceCidrIp = "10.0.0.1", SourceGroupId = OtherGroupId });
        Assert.Equal("MissingParameter.Dest", error.Code);
    }

    [Fact]
    public void Parse_OnlyOwnerAccount_MissingParameterSource() =>
        Assert.Equal(EcsErrorCodes.MissingSource,
            SingleError(BasicIngress, new PermissionRequest { IpProtocol = "ALL", SourceGroupOwnerAccount = "acct" }).Code);

    [Theory]
    [InlineData("10.0.0.0/33", "SourceCidrIp", "InvalidSourceCidrIp.Malformed")]
    [InlineData("10.0.0.256", "SourceCidrIp", "InvalidSourceCidrIp.Malformed")]
    [InlineData("2001:db8::/32", "SourceCidrIp", "InvalidSourceCidrIp.Malformed")]
    [InlineData("10.0.0.0/8", "Ipv6SourceCidrIp", "InvalidIpv6SourceCidrIp.Malformed")]
    [InlineData("2001:db8::/129", "Ipv6SourceCidrIp", "InvalidIpv6SourceCidrIp.Malformed")]
    public void Parse_MalformedSourceCidr_FieldCode(string value, string field, string code)
    {
        var permission = field == "SourceCidrIp"
            ? new PermissionRequest { IpProtocol = "ALL", SourceCidrIp = value }
            : new PermissionRequest { IpProtocol = "ALL", Ipv6SourceCidrIp = value };
        var error = SingleError(BasicIngress, permission);
        Assert.Equal(code, error.Code);
        Assert.Equal($"The specified parameter {field} is not valid.", error.Message);
    }

    [Fact]
    public void Parse_MalformedLocalCidrOnIngress_InvalidDestCidrIp() =>
        Assert.Equal("InvalidDestCidrIp.Malformed", SingleError(BasicIngress, Ssh with { DestCidrIp = "nope" }).Code);

    [Fact]
    public void Parse_MalformedLocalIpv6OnIngress_InvalidIpv6DestCidrIp() =>
        Assert.Equal("InvalidIpv6DestCidrIp.Malformed", SingleError(BasicIngress, Ssh with { Ipv6DestCidrIp = "10.0.0.1" }).Code);

    [Fact]
    public void Parse_MalformedRemoteOnEgress_InvalidDestCidrIp() =>
        Assert.Equal(EcsErrorCodes.InvalidDestCidrIp, SingleError(BasicEgress, Https with { DestCidrIp = "0.0.0.0/99" }).Code);

    [Fact]
    public void Parse_MalformedLocalOnEgress_InvalidSourceCidrIp() =>
        Assert.Equal(EcsErrorCodes.InvalidSourceCidrIp, SingleError(BasicEgress, Https with { SourceCidrIp = "x" }).Code);

    [Fact]
    public void Parse_IngressBothSourceFamilies_InvalidParamSourceIp() =>
        Assert.Equal("InvalidParam.SourceIp", SingleError(BasicIngress, Ssh with { Ipv6SourceCidrIp = "2001:db8::/32" }).Code);

    [Fact]
    public void Parse_EgressBothDestFamilies_InvalidParamDestIp() =>
        Assert.Equal("InvalidParam.DestIp", SingleError(BasicEgress, Https with { Ipv6DestCidrIp = "::/0" }).Code);

    [Fact]
    public void Parse_IngressBothLocalFamilies_InvalidParamDestIp() =>
        Assert.Equal(EcsErrorCodes.InvalidDestIp, SingleError(BasicIngress, Ssh with { DestCidrIp = "10.0.0.1", Ipv6DestCidrIp = "2001:db8::1" }).Code);

    [Fact]
    public void Parse_IngressLocalFamilyDiffersFromRemote_InvalidParamDestIp() =>
        Assert.Equal(EcsErrorCodes.InvalidDestIp, SingleError(BasicIngress, Ssh with { Ipv6DestCidrIp = "2001:db8::1" }).Code);

    [Fact]
    public void Parse_EgressLocalFamilyDiffersFromRemote_InvalidParamSourceIp() =>
        Assert.Equal(EcsErrorCodes.InvalidSourceIp, SingleError(BasicEgress, Https with { Ipv6SourceCidrIp = "2001:db8::1" }).Code);

    [Theory]
    [InlineData("10.0.0.1", "10.0.0.1/32")]
    [InlineData("10.0.0.0/8", "10.1.0.0/8")]
    public void Parse_LocalCidrEqualsRemote_InvalidParamterConflict(string source, string destination)
    {
        var error = SingleError(BasicIngress, Ssh with { SourceCidrIp = source, DestCidrIp = destination });
        Assert.Equal("InvalidParamter.Conflict", error.Code);
    }

    [Theory]
    [InlineData("ICMP")]
    [InlineData("1")]
    public void Parse_IcmpWithIpv6Remote_Ipv4ProtocolConflict(string protocol) =>
        Assert.Equal("InvalidParam.Ipv4ProtocolConflictWithIpv6Address",
            SingleError(BasicIngress, new PermissionRequest { IpProtocol = protocol, Ipv6SourceCidrIp = "::/0" }).Code);

    [Fact]
    public void Parse_IcmpWithIpv6Local_Ipv4ProtocolConflict() =>
        Assert.Equal(EcsErrorCodes.Ipv4ProtocolConflictWithIpv6Address,
            SingleError(BasicIngress, new PermissionRequest { IpProtocol = "ICMP", SourceGroupId = OtherGroupId, Ipv6DestCidrIp = "2001:db8::1" }).Code);

    [Fact]
    public void Parse_IcmpV6WithIpv4Remote_Ipv6ProtocolConflict() =>
        Assert.Equal("InvalidParam.Ipv6ProtocolConflictWithIpv4Address",
            SingleError(BasicEgress, new PermissionRequest { IpProtocol = "icmpv6", DestCidrIp = "0.0.0.0/0" }).Code);

    [Fact]
    public void Parse_CidrAndGroup_CidrWins()
    {
        var rule = ParseRule(BasicIngress, Ssh with { SourceGroupId = OtherGroupId, SourceGroupOwnerAccount = "acct", SourcePrefixListId = "pl-1" });
        Assert.Equal(new CidrPeer(IpCidr.Parse("10.0.0.0/8")), rule.Remote);
    }

    [Fact]
    public void Parse_CidrAndSelfGroup_GroupIgnoredSoNoConflict() =>
        Assert.IsType<CidrPeer>(ParseRule(BasicIngress, Ssh with { SourceGroupId = GroupId }).Remote);

    [Fact]
    public void Parse_GroupAndPrefixList_GroupWinsPrefixIgnored()
    {
        var rule = ParseRule(BasicIngress, TcpFromGroup(OtherGroupId, 22) with { SourcePrefixListId = "pl-1" });
        Assert.Equal(new SecurityGroupPeer(OtherGroupId), rule.Remote);
    }

    [Fact]
    public void Parse_OnlyPrefixList_PrefixListPeer() =>
        Assert.Equal(new PrefixListPeer("pl-1"),
            ParseRule(BasicEgress, new PermissionRequest { IpProtocol = "ALL", DestPrefixListId = "pl-1" }).Remote);

    [Fact]
    public void Parse_GroupWithOwner_OwnerKept()
    {
        Assert.Equal(new SecurityGroupPeer(OtherGroupId, "acct"),
            ParseRule(BasicIngress, TcpFromGroup(OtherGroupId, 22) with { SourceGroupOwnerAccount = "acct", SourceGroupOwnerId = "123" }).Remote);
        Assert.Equal(new SecurityGroupPeer(OtherGroupId, "123"),
            ParseRule(BasicIngress, TcpFromGroup(OtherGroupId, 22) with { SourceGroupOwnerId = "123" }).Remote);
    }

    [Fact]
    public void Parse_OwnerIdWithCidr_Ignored() =>
        Assert.IsType<CidrPeer>(ParseRule(BasicIngress, Ssh with { SourceGroupOwnerId = "not-a-number" }).Remote);

    [Fact]
    public void Parse_MalformedSourceGroupOwnerId_InvalidSourceGroupOwnerId() =>
        Assert.Equal("InvalidSourceGroupOwnerId.Malformed",
            SingleError(BasicIngress, TcpFromGroup(OtherGroupId, 22) with { SourceGroupOwnerId = "12x" }).Code);

    [Fact]
    public void Parse_MalformedDestGroupOwnerId_InvalidDestGroupOwnerId() =>
        Assert.Equal("InvalidDestGroupOwnerId.Malformed",
            SingleError(BasicEgress, new PermissionRequest { IpProtocol = "ALL", DestGroupId = OtherGroupId, DestGroupOwnerId = "-5" }).Code);

    // ---- Group references ----------------------------------------------------------------------------------

    [Theory]
    [InlineData(Direction.Ingress)]
    [InlineData(Direction.Egress)]
    public void Parse_GroupReferenceInAdvancedGroup_InvalidGroupAuthParameter(Direction direction)
    {
        var target = direction == Direction.Ingress ? AdvancedIngress : AdvancedEgress;
        var error = SingleError(target, new PermissionRequest { IpProtocol = "ALL", SourceGroupId = OtherGroupId, DestGroupId = OtherGroupId });
        Assert.Equal("InvalidGroupAuthParameter.OperationDenied", error.Code);
        Assert.Equal("The security group can not authorize to enterprise level security group", error.Message);
    }

    [Fact]
    public void Parse_IngressSelfReference_InvalidParamterConflict()
    {
        var error = SingleError(BasicIngress, TcpFromGroup(GroupId, 22));
        Assert.Equal("InvalidParamter.Conflict", error.Code);
        Assert.Equal("The specified SecurityGroupId should be different from the SourceGroupId.", error.Message);
    }

    [Fact]
    public void Parse_EgressSelfReference_InvalidSecurityGroupIsSame() =>
        Assert.Equal("InvalidSecurityGroup.IsSame",
            SingleError(BasicEgress, new PermissionRequest { IpProtocol = "ALL", DestGroupId = GroupId }).Code);

    [Fact]
    public void Parse_GroupOnlyIngressWithInternet_InvalidSourceGroupIdMismatch()
    {
        var error = SingleError(BasicIngress, TcpFromGroup(OtherGroupId, 22) with { NicType = "internet" });
        Assert.Equal("InvalidSourceGroupId.Mismatch", error.Code);
        Assert.Equal("NicType is required or NicType expects intranet.", error.Message);
    }

    [Fact]
    public void Parse_GroupOnlyEgressWithInternet_InvalidDestGroupIdMismatch() =>
        Assert.Equal("InvalidDestGroupId.Mismatch",
            SingleError(BasicEgress, new PermissionRequest { IpProtocol = "ALL", DestGroupId = OtherGroupId, NicType = "INTERNET" }).Code);

    // ---- Policy, priority, NicType, description ------------------------------------------------------------

    [Theory]
    [InlineData("allow")]
    [InlineData("deny")]
    [InlineData("accepted")]
    public void Parse_UnknownPolicy_InvalidPolicyMalformed(string policy) =>
        Assert.Equal("InvalidPolicy.Malformed", SingleError(BasicIngress, Ssh with { Policy = policy }).Code);

    [Fact]
    public void Parse_DropInAdvancedGroupWhenDisallowed_InvalidGroupParameterOperationDenied()
    {
        var options = EmulationOptions.Default with { AdvancedGroupsAllowDrop = false };
        var error = SingleError(AdvancedIngress, Ssh with { Policy = "drop" }, options);
        Assert.Equal("InvalidGroupParameter.OperationDenied", error.Code);
    }

    [Fact]
    public void Parse_DropInAdvancedGroupByDefault_Accepted() =>
        Assert.Equal(RulePolicy.Drop, ParseRule(AdvancedIngress, Ssh with { Policy = "drop" }).Policy);

    [Theory]
    [InlineData("1")]
    [InlineData("100")]
    [InlineData("+7")]
    [InlineData(" 7 ")]
    public void Parse_PriorityInRange_Accepted(string priority) =>
        Assert.InRange(ParseRule(BasicIngress, Ssh with { Priority = priority }).Priority, 1, 100);

    [Theory]
    [InlineData("high")]
    [InlineData("1.5")]
    [InlineData("1e2")]
    [InlineData("-")]
    public void Parse_PriorityNotInteger_InvalidPriorityMalformed(string priority) =>
        Assert.Equal("InvalidPriority.Malformed", SingleError(BasicIngress, Ssh with { Priority = priority }).Code);

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("110")]
    [InlineData("-3")]
    [InlineData("99999999999999")]
    public void Parse_PriorityOutOfRange_InvalidPriorityValueNotSupported(string priority) =>
        Assert.Equal("InvalidPriority.ValueNotSupported", SingleError(BasicIngress, Ssh with { Priority = priority }).Code);

    [Fact]
    public void Parse_UnknownNicType_InvalidNicTypeValueNotSupported() =>
        Assert.Equal("InvalidNicType.ValueNotSupported", SingleError(BasicIngress, Ssh with { NicType = "vpc" }).Code);

    [Fact]
    public void Parse_DescriptionOf512Characters_Accepted() =>
        Assert.Equal(512, ParseRule(BasicIngress, Ssh with { Description = new string('d', 512) }).Description.Length);

    [Fact]
    public void Parse_DescriptionOf512NonBmpCharacters_Accepted() =>
        Assert.Equal(1024, ParseRule(BasicIngress, Ssh with { Description = string.Concat(Enumerable.Repeat("😀", 512)) }).Description.Length);

    [Fact]
    public void Parse_DescriptionTooLong_InvalidSecurityGroupDiscription()
    {
        var error = SingleError(BasicIngress, Ssh with { Description = new string('d', 513) });
        Assert.Equal("InvalidSecurityGroupDiscription.Malformed", error.Code);
    }

    // ---- Several errors in one permission ------------------------------------------------------------------

    [Fact]
    public void Parse_IndependentFieldErrors_AllReported()
    {
        var result = PermissionParser.Parse(
            new PermissionRequest { IpProtocol = "tcp", PortRange = "80", SourceCidrIp = "bad", Policy = "allow", Priority = "0", NicType = "x" },
            3,
            BasicIngress,
            EmulationOptions.Default);

        Assert.Equal(
            [EcsErrorCodes.InvalidPortRange, EcsErrorCodes.NicTypeNotSupported, EcsErrorCodes.InvalidSourceCidrIp, EcsErrorCodes.InvalidPolicy, EcsErrorCodes.PriorityNotSupported],
            result.Errors.Select(e => e.Code));
        Assert.All(result.Errors, e => Assert.Equal(3, e.Index));
    }

    [Fact]
    public void Parse_InvalidProtocol_NoCascadingPortError()
    {
        var error = SingleError(BasicIngress, Ssh with { IpProtocol = "nope", PortRange = "-1/-1" });
        Assert.Equal(EcsErrorCodes.IpProtocolNotSupported, error.Code);
    }
}
