using SgGrid.Domain.Evaluation;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Domain.Tests.Support;
using static SgGrid.Domain.Rules.RulePolicy;

namespace SgGrid.Domain.Tests.Evaluation;

/// <summary>Spec §0 step 4, §3 and decisions D1, D10: intra-group trust of basic groups.</summary>
public class IntraGroupTrustTests
{
    private static readonly Flow FromPeer = Flow.Parse("10.0.0.6", "10.0.0.5", "TCP", 33000, 3306);
    private static readonly Flow ToPeer = Flow.Parse("10.0.0.5", "10.0.0.6", "TCP", 33000, 3306);
    private static readonly string[] Members = ["10.0.0.5", "10.0.0.6"];

    [Fact]
    public void Evaluate_AcceptGroupMemberPeer_AllowedDespiteDropRule()
    {
        var eni = Eni.Of(Group.Basic("sg-a", InnerAccessPolicy.Accept, Members, Rule.In("ALL", "-1/-1", "0.0.0.0/0", policy: Drop)));
        var decision = eni.ExplainIn(FromPeer);
        Assert.True(decision.Allowed);
        Assert.Equal(DecisionReason.IntraGroup, decision.Reason);
        Assert.Equal("sg-a", decision.SecurityGroupId);
    }

    [Fact]
    public void Evaluate_DropPolicyGroupMemberPeer_RulesDecide()
    {
        var isolated = Eni.Of(Group.Basic("sg-a", InnerAccessPolicy.Drop, Members));
        Assert.Equal(new FilterDecision(false, DecisionReason.Default, -1), isolated.In(FromPeer));

        var reopened = Eni.Of(Group.Basic("sg-a", InnerAccessPolicy.Drop, Members, Rule.In("TCP", "3306/3306", "10.0.0.0/24", priority: 100)));
        Assert.Equal(DecisionReason.Rule, reopened.In(FromPeer).Reason);
        Assert.True(reopened.In(FromPeer).Allowed);
    }

    [Fact]
    public void Evaluate_NonMemberPeer_RulesDecide()
    {
        var eni = Eni.Of(Group.Basic("sg-a", InnerAccessPolicy.Accept, Members));
        Assert.Equal(DecisionReason.Default, eni.In(Flow.Parse("10.0.0.7", "10.0.0.5", "TCP", 33000, 3306)).Reason);
    }

    [Fact]
    public void Evaluate_AdvancedGroupMembers_HaveNoTrust()
    {
        var eni = Eni.Of(Group.Advanced("sg-e", Members));
        Assert.Equal(new FilterDecision(false, DecisionReason.Default, -1), eni.In(FromPeer));
    }

    [Fact]
    public void Evaluate_BothDirectionsDefault_EgressDropDoesNotBlockMembers()
    {
        // D1 default Both: trust bypasses the sender's custom egress drop too.
        var eni = Eni.Of(Group.Basic("sg-a", InnerAccessPolicy.Accept, Members, Rule.Out("ALL", "-1/-1", "0.0.0.0/0", policy: Drop)));
        Assert.Equal(new FilterDecision(true, DecisionReason.IntraGroup, 0), eni.Out(ToPeer));
        Assert.Equal(DecisionReason.Rule, eni.Out(Flow.Parse("10.0.0.5", "10.0.0.7", "TCP", 33000, 3306)).Reason);
    }

    [Fact]
    public void Evaluate_IngressOnlyOption_EgressDropBlocksMembers()
    {
        var options = EmulationOptions.Default with { IntraGroupBypass = IntraGroupBypass.IngressOnly };
        var eni = new Eni([Group.Basic("sg-a", InnerAccessPolicy.Accept, Members, Rule.Out("ALL", "-1/-1", "0.0.0.0/0", policy: Drop))], options: options);
        Assert.Equal(DecisionReason.Rule, eni.Out(ToPeer).Reason);
        Assert.False(eni.Out(ToPeer).Allowed);
        Assert.Equal(DecisionReason.IntraGroup, eni.In(FromPeer).Reason);
    }

    [Fact]
    public void Evaluate_SharedIsolatedAndAcceptGroups_AnyAcceptTrusts()
    {
        // D10: ECS1, ECS2 in Group1 (Drop) and Group2 (Accept) → connected.
        var eni = Eni.Of(
            Group.Basic("sg-1", InnerAccessPolicy.Drop, Members),
            Group.Basic("sg-2", InnerAccessPolicy.Accept, Members, Rule.In("ALL", "-1/-1", "10.0.0.0/8", policy: Drop)));
        var decision = eni.ExplainIn(FromPeer);
        Assert.Equal(DecisionReason.IntraGroup, decision.Reason);
        Assert.Equal("sg-2", decision.SecurityGroupId);
    }

    [Fact]
    public void Evaluate_SeveralTrustingGroups_ReportsFirstInAssociationOrder()
    {
        var eni = Eni.Of(
            Group.Basic("sg-1", InnerAccessPolicy.Accept, ["10.0.0.5", "10.0.0.9"]),
            Group.Basic("sg-2", InnerAccessPolicy.Accept, Members));
        Assert.Equal(new FilterDecision(true, DecisionReason.IntraGroup, 1), eni.In(FromPeer));
        Assert.Equal(new FilterDecision(true, DecisionReason.IntraGroup, 0), eni.In(Flow.Parse("10.0.0.9", "10.0.0.5", "UDP", 1, 2)));
    }

    [Fact]
    public void Evaluate_Ipv6MemberAddress_IsTrusted()
    {
        var eni = Eni.Of(Group.Basic("sg-a", InnerAccessPolicy.Accept, ["2001:db8::5", "2001:db8::6"]));
        Assert.Equal(DecisionReason.IntraGroup, eni.In(Flow.Parse("2001:db8::6", "2001:db8::5", "ICMPv6", 0, 0)).Reason);
    }
}
