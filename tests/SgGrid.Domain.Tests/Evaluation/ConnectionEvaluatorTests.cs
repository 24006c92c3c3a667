using SgGrid.Domain.Evaluation;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Domain.Tests.Support;

namespace SgGrid.Domain.Tests.Evaluation;

/// <summary>Decision D13 and spec §2.4-2.5: a connection needs the sender's egress and the receiver's ingress.</summary>
public class ConnectionEvaluatorTests
{
    private static readonly Flow WebToDb = Flow.Parse("10.0.1.10", "10.0.2.20", "TCP", 33000, 3306);

    [Fact]
    public void Evaluate_BothSidesAllow_IsAllowedWithBothReasons()
    {
        var web = Eni.Of(Group.Basic("sg-web"));
        var db = Eni.Of(Group.Basic("sg-db", Rule.In("TCP", "3306/3306", "10.0.1.0/24")));
        var verdict = ConnectionEvaluator.Evaluate(WebToDb, web.Egress, db.Ingress);
        Assert.True(verdict.Allowed);
        Assert.Equal(new SideVerdict(true, new FilterDecision(true, DecisionReason.Default, -1)), verdict.Source);
        Assert.Equal(new SideVerdict(true, new FilterDecision(true, DecisionReason.Rule, 0)), verdict.Destination);
        Assert.Equal(verdict, ConnectionEvaluator.EvaluateReference(WebToDb, web.Policy.Egress, db.Policy.Ingress));
    }

    [Fact]
    public void Evaluate_ReceiverDenies_IsDeniedThoughSenderAllows()
    {
        var verdict = ConnectionEvaluator.Evaluate(WebToDb, Eni.Of(Group.Basic("sg-web")).Egress, Eni.Of(Group.Basic("sg-db")).Ingress);
        Assert.False(verdict.Allowed);
        Assert.True(verdict.Source.Allowed);
        Assert.False(verdict.Destination.Allowed);
    }

    [Fact]
    public void Evaluate_SenderDenies_IsDeniedThoughReceiverAllows()
    {
        var web = Eni.Of(Group.Advanced("sg-web", []));
        var db = Eni.Of(Group.Advanced("sg-db", [], Rule.In("TCP", "3306/3306", "10.0.1.0/24")));
        var verdict = ConnectionEvaluator.Evaluate(WebToDb, web.Egress, db.Ingress);
        Assert.False(verdict.Allowed);
        Assert.False(verdict.Source.Allowed);
        Assert.True(verdict.Destination.Allowed);
    }

    [Fact]
    public void Evaluate_ReturnTraffic_IsNotEvaluatedOnTheInitiatorsIngress()
    {
        // The initiator denies all inbound, yet its connection out is allowed: the reply belongs to the session (D11).
        var web = Eni.Of(Group.Basic("sg-web", Rule.In("ALL", "-1/-1", "0.0.0.0/0", policy: Rules.RulePolicy.Drop)));
        var db = Eni.Of(Group.Basic("sg-db", Rule.In("TCP", "3306/3306", "10.0.1.0/24")));
        Assert.True(ConnectionEvaluator.Evaluate(WebToDb, web.Egress, db.Ingress).Allowed);
        // The reverse connection is a new connection and meets the initiator's drop.
        var reverse = Flow.Parse("10.0.2.20", "10.0.1.10", "TCP", 3306, 33000);
        Assert.False(ConnectionEvaluator.Evaluate(reverse, db.Egress, web.Ingress).Allowed);
    }

    [Fact]
    public void Evaluate_ExternalEnd_IsNotEvaluated()
    {
        var db = Eni.Of(Group.Basic("sg-db", Rule.In("TCP", "443/443", "0.0.0.0/0")));
        var inbound = ConnectionEvaluator.Evaluate(Flow.Parse("203.0.113.7", "10.0.2.20", "TCP", 33000, 443), null, db.Ingress);
        Assert.True(inbound.Allowed);
        Assert.False(inbound.Source.Evaluated);
        Assert.True(inbound.Destination.Evaluated);

        var outbound = ConnectionEvaluator.Evaluate(Flow.Parse("10.0.2.20", "203.0.113.7", "TCP", 33000, 25), db.Egress, null);
        Assert.False(outbound.Allowed);
        Assert.Equal(DecisionReason.Platform, outbound.Source.Decision.Reason);
        Assert.False(outbound.Destination.Evaluated);
    }

    [Fact]
    public void Evaluate_SameBasicAcceptGroup_MembersTalkBothWays()
    {
        string[] members = ["10.0.1.10", "10.0.2.20"];
        var web = Eni.Of(Group.Basic("sg-app", InnerAccessPolicy.Accept, members));
        var db = Eni.Of(Group.Basic("sg-app", InnerAccessPolicy.Accept, members));
        var verdict = ConnectionEvaluator.Evaluate(WebToDb, web.Egress, db.Ingress);
        Assert.True(verdict.Allowed);
        Assert.Equal(DecisionReason.IntraGroup, verdict.Destination.Decision.Reason);
        Assert.Equal(DecisionReason.IntraGroup, verdict.Source.Decision.Reason);
    }

    [Fact]
    public void Evaluate_Batch_MatchesSingleEvaluations()
    {
        var web = Eni.Of(Group.Basic("sg-web"));
        var db = Eni.Of(Group.Basic("sg-db", Rule.In("TCP", "3306/3306", "10.0.1.0/24")));
        Flow[] flows = [WebToDb, Flow.Parse("10.0.1.10", "10.0.2.20", "TCP", 33000, 22), Flow.Parse("10.0.3.10", "10.0.2.20", "TCP", 33000, 3306)];
        var verdicts = new ConnectionVerdict[3];
        ConnectionEvaluator.Evaluate(flows, web.Egress, db.Ingress, verdicts);
        Assert.Equal([true, false, false], verdicts.Select(v => v.Allowed));
        Assert.Equal(ConnectionEvaluator.Evaluate(flows[1], web.Egress, db.Ingress), verdicts[1]);
    }

    [Fact]
    public void Evaluate_WrongDirectionFilters_AreRejected()
    {
        var eni = Eni.Of(Group.Basic("sg-a"));
        Assert.Throws<ArgumentException>(() => ConnectionEvaluator.Evaluate(WebToDb, eni.Ingress, eni.Ingress));
    }
}
