using SgGrid.Domain.Evaluation;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Domain.Tests.Support;

namespace SgGrid.Domain.Tests.Evaluation;

/// <summary>Spec §0 step 6 and §2.3: the implicit default when no rule matches.</summary>
public class DefaultRuleTests
{
    private static readonly Flow Inbound = Flow.Parse("203.0.113.7", "10.0.0.5", "TCP", 33000, 443);
    private static readonly Flow Outbound = Flow.Parse("10.0.0.5", "203.0.113.7", "TCP", 33000, 443);

    [Theory]
    [InlineData(InnerAccessPolicy.Accept)]
    [InlineData(InnerAccessPolicy.Drop)]
    public void Evaluate_BasicGroupNoMatch_DeniesInboundAllowsOutbound(InnerAccessPolicy inner)
    {
        var eni = Eni.Of(Group.Basic("sg-a", inner, ["10.0.0.5"]));
        Assert.Equal(new FilterDecision(false, DecisionReason.Default, -1), eni.In(Inbound));
        Assert.Equal(new FilterDecision(true, DecisionReason.Default, -1), eni.Out(Outbound));
    }

    [Fact]
    public void Evaluate_AdvancedGroupNoMatch_DeniesBothDirections()
    {
        var eni = Eni.Of(Group.Advanced("sg-e", ["10.0.0.5"]));
        Assert.Equal(new FilterDecision(false, DecisionReason.Default, -1), eni.In(Inbound));
        Assert.Equal(new FilterDecision(false, DecisionReason.Default, -1), eni.Out(Outbound));
    }

    [Fact]
    public void Evaluate_AdvancedGroupWithEgressAccept_AllowsOnlyThat()
    {
        var eni = Eni.Of(Group.Advanced("sg-e", [], Rule.Out("TCP", "443/443", "0.0.0.0/0")));
        Assert.True(eni.Out(Outbound).Allowed);
        Assert.False(eni.Out(Flow.Parse("10.0.0.5", "203.0.113.7", "TCP", 33000, 80)).Allowed);
    }

    [Fact]
    public void Evaluate_AdvancedGroupDropRule_Denies()
    {
        // D7: advanced groups may hold drop rules.
        var eni = Eni.Of(Group.Advanced("sg-e", [],
            Rule.In("TCP", "443/443", "203.0.113.0/24", priority: 1, policy: Rules.RulePolicy.Drop),
            Rule.In("TCP", "443/443", "0.0.0.0/0", priority: 2)));
        Assert.Equal(DecisionReason.Rule, eni.In(Inbound).Reason);
        Assert.False(eni.In(Inbound).Allowed);
        Assert.True(eni.In(Flow.Parse("198.51.100.1", "10.0.0.5", "TCP", 33000, 443)).Allowed);
    }

    [Fact]
    public void Build_BasicAndAdvancedOnOneEni_IsRejected()
    {
        var result = EffectivePolicyBuilder.Build([Group.Basic("sg-a"), Group.Advanced("sg-e", [])], DictionaryPeerResolver.Empty, EmulationOptions.Default);
        Assert.False(result.IsSuccess);
        Assert.Equal(Errors.EcsErrorCodes.SecurityGroupTypeMismatch, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Build_NoGroup_IsRejected()
    {
        var result = EffectivePolicyBuilder.Build([], DictionaryPeerResolver.Empty, EmulationOptions.Default);
        Assert.False(result.IsSuccess);
        Assert.Equal(Errors.EcsErrorCodes.MissingSecurityGroup, Assert.Single(result.Errors).Code);
    }
}
