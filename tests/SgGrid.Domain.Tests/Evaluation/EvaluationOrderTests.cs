using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.Tests.Support;
using static SgGrid.Domain.Rules.RulePolicy;

namespace SgGrid.Domain.Tests.Evaluation;

/// <summary>Spec §0 step 5 and §2.1-2.2: pooled rules, priority ascending, drop before accept, first match decides.</summary>
public class EvaluationOrderTests
{
    private static readonly Flow Ssh = Flow.Parse("203.0.113.7", "10.0.0.5", "TCP", 33000, 22);

    [Fact]
    public void Evaluate_SmallerPriorityNumber_DecidesFirst()
    {
        var deny = Rule.In("TCP", "22/22", "0.0.0.0/0", priority: 2, policy: Drop);
        var accept = Rule.In("TCP", "22/22", "0.0.0.0/0", priority: 1);
        var eni = Eni.Of(Group.Basic("sg-a", deny, accept));
        var decision = eni.ExplainIn(Ssh);
        Assert.True(decision.Allowed);
        Assert.Equal(accept.RuleId, decision.SecurityGroupRuleId);
        Assert.Equal(1, decision.Priority);
    }

    [Fact]
    public void Evaluate_SamePriorityAcceptAndDrop_Drops()
    {
        var accept = Rule.In("TCP", "22/22", "0.0.0.0/0", priority: 5);
        var deny = Rule.In("TCP", "1/65535", "203.0.113.0/24", priority: 5, policy: Drop);
        var eni = Eni.Of(Group.Basic("sg-a", accept, deny));
        var decision = eni.ExplainIn(Ssh);
        Assert.False(decision.Allowed);
        Assert.Equal(deny.RuleId, decision.SecurityGroupRuleId);
        Assert.Equal(Drop, decision.Policy);
    }

    [Fact]
    public void Evaluate_SamePriorityDropInOtherGroup_BeatsAccept()
    {
        // Spec §2.2: no per-group order; a priority-1 accept in SG-A loses to a priority-1 drop in SG-B.
        var accept = Rule.In("TCP", "22/22", "0.0.0.0/0", priority: 1);
        var deny = Rule.In("TCP", "22/22", "0.0.0.0/0", priority: 1, policy: Drop);
        var eni = Eni.Of(Group.Basic("sg-a", accept), Group.Basic("sg-b", deny));
        var decision = eni.ExplainIn(Ssh);
        Assert.False(decision.Allowed);
        Assert.Equal("sg-b", decision.SecurityGroupId);
    }

    [Fact]
    public void Evaluate_LowPriorityDropInFirstGroup_LosesToHigherPriorityAcceptInSecond()
    {
        // Spec §2.2: a priority-100 drop in SG-A loses to a priority-50 accept in SG-B.
        var deny = Rule.In("ALL", "-1/-1", "0.0.0.0/0", priority: 100, policy: Drop);
        var accept = Rule.In("TCP", "22/22", "203.0.113.7", priority: 50);
        var eni = Eni.Of(Group.Basic("sg-a", deny), Group.Basic("sg-b", accept));
        var decision = eni.ExplainIn(Ssh);
        Assert.True(decision.Allowed);
        Assert.Equal("sg-b", decision.SecurityGroupId);
        Assert.Equal(accept.RuleId, decision.SecurityGroupRuleId);
    }

    [Fact]
    public void Evaluate_EqualPriorityEqualPolicy_ReportsFirstGroupThenFirstRule()
    {
        var a1 = Rule.In("TCP", "22/22", "0.0.0.0/0", priority: 3);
        var a2 = Rule.In("TCP", "1/65535", "0.0.0.0/0", priority: 3);
        var b1 = Rule.In("ALL", "-1/-1", "0.0.0.0/0", priority: 3);
        var eni = Eni.Of(Group.Basic("sg-b", b1), Group.Basic("sg-a", a1, a2));
        Assert.Equal(b1.RuleId, eni.ExplainIn(Ssh).SecurityGroupRuleId);
        var onlyA = Eni.Of(Group.Basic("sg-a", a2, a1));
        Assert.Equal(a2.RuleId, onlyA.ExplainIn(Ssh).SecurityGroupRuleId);
    }

    [Fact]
    public void Evaluate_NonMatchingHigherPriorityRules_AreSkipped()
    {
        var other = Rule.In("UDP", "22/22", "0.0.0.0/0", priority: 1, policy: Drop);
        var otherPort = Rule.In("TCP", "23/100", "0.0.0.0/0", priority: 1, policy: Drop);
        var otherSource = Rule.In("TCP", "22/22", "198.51.100.0/24", priority: 1, policy: Drop);
        var accept = Rule.In("TCP", "22/22", "0.0.0.0/0", priority: 100);
        var eni = Eni.Of(Group.Basic("sg-a", other, otherPort, otherSource, accept));
        Assert.Equal(accept.RuleId, eni.ExplainIn(Ssh).SecurityGroupRuleId);
    }

    [Fact]
    public void Policy_Rules_AreSortedByPriorityThenDropFirst()
    {
        var eni = Eni.Of(
            Group.Basic("sg-a", Rule.In("TCP", "1/1", "0.0.0.0/0", priority: 7), Rule.In("TCP", "2/2", "0.0.0.0/0", priority: 3)),
            Group.Basic("sg-b", Rule.In("TCP", "3/3", "0.0.0.0/0", priority: 7, policy: Drop), Rule.In("TCP", "4/4", "0.0.0.0/0", priority: 1)));
        Assert.Equal(["4/4", "2/2", "3/3", "1/1"], eni.Policy.Ingress.Rules.Select(r => r.Rule.DestinationPorts.ToString()));
    }
}
