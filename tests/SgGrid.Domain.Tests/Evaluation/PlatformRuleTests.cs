using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Domain.Tests.Support;

namespace SgGrid.Domain.Tests.Evaluation;

/// <summary>Spec §8 and decision D2: platform traffic outside security-group rules.</summary>
public class PlatformRuleTests
{
    private static readonly Flow SmtpOut = Flow.Parse("10.0.0.5", "203.0.113.25", "TCP", 33000, 25);

    [Fact]
    public void Evaluate_OutboundTcp25ToInternet_DeniedByPlatformDespiteAcceptRule()
    {
        var eni = Eni.Of(Group.Basic("sg-a", Rule.Out("TCP", "25/25", "0.0.0.0/0", priority: 1)));
        var decision = eni.Out(SmtpOut);
        Assert.Equal(new FilterDecision(false, DecisionReason.Platform, -1), decision);
        Assert.Equal("outbound TCP 25", eni.Policy.Egress.Explain(decision).PlatformRuleName);
    }

    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("192.168.1.1")]
    public void Evaluate_OutboundTcp25ToPrivateAddress_FollowsRules(string destination)
    {
        var eni = Eni.Of(Group.Basic("sg-a"));
        Assert.Equal(new FilterDecision(true, DecisionReason.Default, -1), eni.Out(Flow.Parse("10.0.0.5", destination, "TCP", 33000, 25)));
    }

    [Fact]
    public void Evaluate_OutboundTcp25ToAnAddressOfTheVpc_FollowsRules_BothFamilies()
    {
        // D2 as revised: the VPC's own blocks are internal, IPv6 global unicast included.
        var vpc = AddressSet.Of(IpCidr.Parse("10.8.0.0/16"), IpCidr.Parse("2408:4000:1000::/56"));
        var eni = Eni.Of(Group.Basic("sg-a", Rule.Out("TCP", "25/25", "::/0", policy: RulePolicy.Drop, priority: 50)) with { VpcAddresses = vpc });
        Assert.Equal(new FilterDecision(false, DecisionReason.Rule, 0), eni.Out(Flow.Parse("2408:4000:1000:1::5", "2408:4000:1000:2::9", "TCP", 33000, 25)));
        Assert.Equal(new FilterDecision(true, DecisionReason.Default, -1), eni.Out(Flow.Parse("2408:4000:1000:1::5", "2408:4000:1000:ff::1", "TCP", 33000, 26)));
        Assert.Equal(new FilterDecision(false, DecisionReason.Platform, -1), eni.Out(Flow.Parse("2408:4000:1000:1::5", "2408:4000:2000::1", "TCP", 33000, 25)));
        Assert.Equal(new FilterDecision(false, DecisionReason.Platform, -1), eni.Out(Flow.Parse("10.8.0.5", "203.0.113.25", "TCP", 33000, 25)));
        Assert.True(eni.Policy.Egress.InternalAddresses.Contains(NetworkAddress.Parse("10.8.1.1")));
    }

    [Fact]
    public void Evaluate_OutboundTcp25ToATrustedMembersIpv6Address_IsIntraGroup_NotPlatform()
    {
        // Issue 21: intra-group trust and the TCP 25 block share one notion of internal. The members' global IPv6 addresses
        // are trusted, so they are internal even when the VPC's blocks are not known to the policy.
        var group = Group.Basic("sg-a", InnerAccessPolicy.Accept, ["10.0.0.5", "10.0.0.6", "2408:4000:1000:1::5", "2408:4000:1000:1::6"]);
        var eni = Eni.Of(group);
        Assert.Equal(new FilterDecision(true, DecisionReason.IntraGroup, 0), eni.Out(Flow.Parse("2408:4000:1000:1::5", "2408:4000:1000:1::6", "TCP", 33000, 25)));
        Assert.Equal(new FilterDecision(true, DecisionReason.IntraGroup, 0), eni.Out(Flow.Parse("10.0.0.5", "10.0.0.6", "TCP", 33000, 25)));
        foreach (var trust in eni.Policy.Egress.IntraGroupTrust)
        {
            Assert.All(trust.Members.ToCidrs(), c => Assert.True(eni.Policy.Egress.InternalAddresses.Contains(new NetworkAddress(c.First, c.Family))));
        }
    }

    [Fact]
    public void Evaluate_BlockDisabled_Tcp25FollowsRules()
    {
        var eni = new Eni([Group.Basic("sg-a")], options: EmulationOptions.Default with { BlockOutboundTcp25 = false });
        Assert.Equal(new FilterDecision(true, DecisionReason.Default, -1), eni.Out(SmtpOut));
    }

    [Fact]
    public void Evaluate_InboundTcp25_IsNotBlocked()
    {
        var eni = Eni.Of(Group.Basic("sg-a", Rule.In("TCP", "25/25", "0.0.0.0/0")));
        Assert.Equal(DecisionReason.Rule, eni.In(Flow.Parse("203.0.113.25", "10.0.0.5", "TCP", 33000, 25)).Reason);
    }

    [Fact]
    public void Evaluate_PlatformAllowEntry_AllowsDespiteDropRules()
    {
        var metadata = new PlatformRule("metadata", null, IpCidr.Parse("100.100.100.200"), IpProtocol.Tcp, PortRange.Of(80));
        var options = EmulationOptions.Default with { PlatformAllow = ImmutableArray.Create(metadata) };
        var eni = new Eni([new SecurityGroupSnapshot("sg-e", SecurityGroupType.Enterprise, InnerAccessPolicy.Drop,
            [Rule.Out("ALL", "-1/-1", "0.0.0.0/0", policy: RulePolicy.Drop)], AddressSet.Empty)], options: options);
        var decision = eni.Out(Flow.Parse("10.0.0.5", "100.100.100.200", "TCP", 33000, 80));
        Assert.Equal(new FilterDecision(true, DecisionReason.Platform, 0), decision);
        Assert.Equal("metadata", eni.Policy.Egress.Explain(decision).PlatformRuleName);
        Assert.False(eni.Out(Flow.Parse("10.0.0.5", "100.100.100.200", "TCP", 33000, 443)).Allowed);
    }

    [Fact]
    public void Evaluate_DirectionalPlatformEntry_AppliesToItsDirectionOnly()
    {
        var dns = new PlatformRule("dns", Direction.Egress, IpCidr.Parse("100.100.2.136"), IpProtocol.Udp, PortRange.Of(53));
        var eni = new Eni([Group.Basic("sg-a")], options: EmulationOptions.Default with { PlatformAllow = [dns] });
        Assert.Equal(DecisionReason.Platform, eni.Out(Flow.Parse("10.0.0.5", "100.100.2.136", "UDP", 33000, 53)).Reason);
        Assert.Equal(DecisionReason.Default, eni.In(Flow.Parse("100.100.2.136", "10.0.0.5", "UDP", 33000, 53)).Reason);
    }
}
