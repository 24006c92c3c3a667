using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Domain.Tests.Support;

namespace SgGrid.Domain.Tests.Evaluation;

/// <summary>Spec §1 and decisions D3, D12: what each rule field matches.</summary>
public class RuleMatchingTests
{
    [Theory]
    [InlineData(21, false)]
    [InlineData(22, true)]
    [InlineData(80, true)]
    [InlineData(81, false)]
    public void Evaluate_TcpPortRange_IsInclusive(ushort port, bool allowed)
    {
        var eni = Eni.Of(Group.Basic("sg-a", Rule.In("TCP", "22/80", "0.0.0.0/0")));
        Assert.Equal(allowed, eni.In(Flow.Parse("203.0.113.7", "10.0.0.5", "TCP", 33000, port)).Allowed);
    }

    [Fact]
    public void Evaluate_TcpRuleVersusPortZero_DoesNotMatchButAllDoes()
    {
        var tcp = Eni.Of(Group.Basic("sg-a", Rule.In("TCP", "1/65535", "0.0.0.0/0")));
        Assert.Equal(DecisionReason.Default, tcp.In(Flow.Parse("203.0.113.7", "10.0.0.5", "TCP", 0, 0)).Reason);
        var all = Eni.Of(Group.Basic("sg-a", Rule.In("ALL", "-1/-1", "0.0.0.0/0")));
        Assert.Equal(DecisionReason.Rule, all.In(Flow.Parse("203.0.113.7", "10.0.0.5", "TCP", 0, 0)).Reason);
    }

    [Theory]
    [InlineData("UDP", 53, true)]
    [InlineData("TCP", 53, false)]
    [InlineData("ICMP", 0, false)]
    public void Evaluate_UdpRule_MatchesUdpOnly(string protocol, ushort port, bool matched)
    {
        var eni = Eni.Of(Group.Basic("sg-a", Rule.In("UDP", "53/53", "0.0.0.0/0")));
        Assert.Equal(matched, eni.In(Flow.Parse("203.0.113.7", "10.0.0.5", protocol, 33000, port)).Reason == DecisionReason.Rule);
    }

    [Theory]
    [InlineData("GRE")]
    [InlineData("ICMP")]
    [InlineData("132")]
    [InlineData("0")]
    public void Evaluate_AllProtocolRule_MatchesEveryProtocol(string protocol)
    {
        var eni = Eni.Of(Group.Basic("sg-a", Rule.In("ALL", "-1/-1", "0.0.0.0/0")));
        Assert.Equal(DecisionReason.Rule, eni.In(Flow.Parse("203.0.113.7", "10.0.0.5", protocol, 0, 0)).Reason);
    }

    [Fact]
    public void Evaluate_NumericProtocolRule_MatchesThatNumberOnly()
    {
        var eni = Eni.Of(Group.Basic("sg-a", Rule.In("132", "-1/-1", "0.0.0.0/0")));
        Assert.Equal(DecisionReason.Rule, eni.In(Flow.Parse("203.0.113.7", "10.0.0.5", "132", 0, 0)).Reason);
        Assert.Equal(DecisionReason.Default, eni.In(Flow.Parse("203.0.113.7", "10.0.0.5", "133", 0, 0)).Reason);
    }

    [Fact]
    public void Evaluate_IcmpFamilies_IcmpIsIpv4AndIcmpv6IsIpv6()
    {
        var eni = Eni.Of(Group.Basic("sg-a", Rule.In("ICMP", "-1/-1", "0.0.0.0/0"), Rule.In("ICMPv6", "-1/-1", "::/0")));
        Assert.Equal(0, eni.In(Flow.Parse("203.0.113.7", "10.0.0.5", "ICMP", 0, 0)).Index);
        Assert.Equal(1, eni.In(Flow.Parse("2001:db8::7", "2001:db8::5", "ICMPv6", 0, 0)).Index);
        Assert.Equal(DecisionReason.Default, eni.In(Flow.Parse("2001:db8::7", "2001:db8::5", "ICMP", 0, 0)).Reason);
        Assert.Equal(DecisionReason.Default, eni.In(Flow.Parse("203.0.113.7", "10.0.0.5", "ICMPv6", 0, 0)).Reason);
    }

    [Fact]
    public void Evaluate_Ipv6Rule_MatchesIpv6PrefixOnly()
    {
        var eni = Eni.Of(Group.Basic("sg-a", Rule.In("TCP", "443/443", "2001:db8:1::/48")));
        Assert.True(eni.In(Flow.Parse("2001:db8:1::99", "2001:db8::5", "TCP", 33000, 443)).Allowed);
        Assert.False(eni.In(Flow.Parse("2001:db8:2::99", "2001:db8::5", "TCP", 33000, 443)).Allowed);
        Assert.False(eni.In(Flow.Parse("203.0.113.7", "10.0.0.5", "TCP", 33000, 443)).Allowed);
    }

    [Fact]
    public void Evaluate_SingleAddressWithoutMask_MatchesOnlyThatAddress()
    {
        var eni = Eni.Of(Group.Basic("sg-a", Rule.In("TCP", "22/22", "192.168.0.100")));
        Assert.True(eni.In(Flow.Parse("192.168.0.100", "10.0.0.5", "TCP", 33000, 22)).Allowed);
        Assert.False(eni.In(Flow.Parse("192.168.0.101", "10.0.0.5", "TCP", 33000, 22)).Allowed);
    }

    [Fact]
    public void Evaluate_GroupReference_MatchesEveryMemberAddressOfBothFamilies()
    {
        // D3: primary and secondary private IPv4 and IPv6 addresses of every ENI in the referenced group.
        var resolver = new DictionaryPeerResolver(new Dictionary<string, AddressSet>
        {
            ["sg-web"] = Group.Members("10.0.1.10", "10.0.1.11", "2001:db8::10"),
        });
        var eni = new Eni([Group.Basic("sg-db", Rule.In("TCP", "3306/3306", "sg-web"))], resolver);
        Assert.True(eni.In(Flow.Parse("10.0.1.11", "10.0.0.5", "TCP", 33000, 3306)).Allowed);
        Assert.True(eni.In(Flow.Parse("2001:db8::10", "2001:db8::5", "TCP", 33000, 3306)).Allowed);
        Assert.False(eni.In(Flow.Parse("10.0.1.12", "10.0.0.5", "TCP", 33000, 3306)).Allowed);
        Assert.Equal(Group.Members("10.0.1.10", "10.0.1.11", "2001:db8::10"), eni.Policy.Ingress.Rules[0].RemoteAddresses);
    }

    [Fact]
    public void Evaluate_ReferenceToEmptyOrUnknownGroup_MatchesNothing()
    {
        var eni = Eni.Of(Group.Basic("sg-db", Rule.In("ALL", "-1/-1", "sg-empty", policy: Rules.RulePolicy.Drop), Rule.In("ALL", "-1/-1", "0.0.0.0/0", priority: 2)));
        Assert.Equal(1, eni.In(Flow.Parse("10.0.1.11", "10.0.0.5", "TCP", 33000, 3306)).Index);
    }

    [Fact]
    public void Evaluate_PrefixList_MatchesItsEntries()
    {
        var resolver = new DictionaryPeerResolver(prefixLists: new Dictionary<string, AddressSet>
        {
            ["pl-office"] = Group.Members("198.51.100.0/24", "203.0.113.0/25"),
        });
        var eni = new Eni([Group.Basic("sg-a", Rule.In("TCP", "22/22", "pl-office"))], resolver);
        Assert.True(eni.In(Flow.Parse("203.0.113.100", "10.0.0.5", "TCP", 33000, 22)).Allowed);
        Assert.False(eni.In(Flow.Parse("203.0.113.200", "10.0.0.5", "TCP", 33000, 22)).Allowed);
    }

    [Fact]
    public void Evaluate_QuintupleLocalCidr_RestrictsTheEnisOwnAddress()
    {
        var eni = Eni.Of(Group.Basic("sg-a", Rule.In("TCP", "80/80", "0.0.0.0/0", local: "10.0.0.5/32")));
        Assert.True(eni.In(Flow.Parse("203.0.113.7", "10.0.0.5", "TCP", 33000, 80)).Allowed);
        Assert.False(eni.In(Flow.Parse("203.0.113.7", "10.0.0.6", "TCP", 33000, 80)).Allowed);
        var egress = Eni.Of(Group.Advanced("sg-e", [], Rule.Out("TCP", "80/80", "0.0.0.0/0", local: "10.0.0.6/32")));
        Assert.False(egress.Out(Flow.Parse("10.0.0.5", "203.0.113.7", "TCP", 33000, 80)).Allowed);
        Assert.True(egress.Out(Flow.Parse("10.0.0.6", "203.0.113.7", "TCP", 33000, 80)).Allowed);
    }

    [Theory]
    [InlineData(1023, false)]
    [InlineData(1024, true)]
    [InlineData(65535, true)]
    public void Evaluate_QuintupleSourcePortRange_RestrictsSourcePort(ushort sourcePort, bool allowed)
    {
        var eni = Eni.Of(Group.Basic("sg-a", Rule.In("TCP", "80/80", "0.0.0.0/0", sourcePorts: "1024/65535")));
        Assert.Equal(allowed, eni.In(Flow.Parse("203.0.113.7", "10.0.0.5", "TCP", sourcePort, 80)).Allowed);
    }

    [Fact]
    public void Evaluate_EgressRule_MatchesDestinationAsRemote()
    {
        var eni = Eni.Of(Group.Basic("sg-a", Rule.Out("TCP", "443/443", "203.0.113.0/24", policy: Rules.RulePolicy.Drop)));
        Assert.False(eni.Out(Flow.Parse("10.0.0.5", "203.0.113.7", "TCP", 33000, 443)).Allowed);
        Assert.True(eni.Out(Flow.Parse("10.0.0.5", "198.51.100.7", "TCP", 33000, 443)).Allowed);
        // An ingress flow whose *source* is in the block is not matched by the egress rule.
        Assert.Equal(DecisionReason.Default, eni.In(Flow.Parse("203.0.113.7", "10.0.0.5", "TCP", 33000, 443)).Reason);
    }
}
