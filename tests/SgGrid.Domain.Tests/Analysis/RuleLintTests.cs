using SgGrid.Domain.Analysis;
using SgGrid.Domain.Rules;
using SgGrid.Domain.Tests.Support;

namespace SgGrid.Domain.Tests.Analysis;

/// <summary>The console's pairwise containment and the Internet-exposure check.</summary>
public class RuleLintTests
{
    [Fact]
    public void Containment_NarrowerRuleOfLowerOrEqualPriority_IsInsideTheWiderOne()
    {
        var wide = Rule.In("TCP", "1/1024", "10.0.0.0/8", priority: 1);
        var narrow = Rule.In("TCP", "22/22", "10.1.0.0/16", priority: 5, policy: RulePolicy.Drop);
        var all = Rule.In("ALL", "-1/-1", "0.0.0.0/0", priority: 1);
        Assert.True(PairwiseContainment.Contains(wide, narrow));
        Assert.True(PairwiseContainment.Contains(all, narrow));
        Assert.False(PairwiseContainment.Contains(narrow, wide));
        Assert.False(PairwiseContainment.Contains(Rule.In("TCP", "1/1024", "10.0.0.0/8", priority: 10), narrow)); // outer has the lower priority
        Assert.False(PairwiseContainment.Contains(Rule.In("UDP", "1/1024", "10.0.0.0/8"), narrow));
        Assert.False(PairwiseContainment.Contains(Rule.Out("TCP", "1/1024", "10.0.0.0/8"), narrow));
        Assert.False(PairwiseContainment.Contains(Rule.In("TCP", "1/1024", "10.0.0.0/8", local: "10.9.0.0/16"), narrow)); // outer has a local block, inner none
        Assert.True(PairwiseContainment.Contains(Rule.In("TCP", "1/1024", "sg-a"), Rule.In("TCP", "22/22", "sg-a", priority: 2)));
        Assert.False(PairwiseContainment.Contains(Rule.In("TCP", "1/1024", "sg-a"), Rule.In("TCP", "22/22", "sg-b")));
        Assert.False(PairwiseContainment.Contains(Rule.In("TCP", "1/1024", "::/0"), narrow)); // another family
    }

    [Fact]
    public void Containment_Find_ReportsEveryOrderedPair_IdenticalRulesBothWays()
    {
        var a = Rule.In("TCP", "1/1024", "10.0.0.0/8") with { RuleId = "sgr-a" };
        var b = Rule.In("TCP", "22/22", "10.1.0.0/16", priority: 5) with { RuleId = "sgr-b" };
        var twin = a with { RuleId = "sgr-twin", Description = "same conditions" };
        var pairs = PairwiseContainment.Find([a, b, twin]).Select(p => (p.Inner.RuleId, p.Outer.RuleId)).ToArray();
        Assert.Equal([("sgr-a", "sgr-twin"), ("sgr-b", "sgr-a"), ("sgr-b", "sgr-twin"), ("sgr-twin", "sgr-a")], pairs.Order());
    }

    [Theory]
    [InlineData("sgr-1", "sgr-2")]
    [InlineData("sgr-2", "sgr-1")]
    public void Containment_Find_IdenticalRulesOfOppositePolicy_ReportTheAcceptThatCannotDecide(string dropId, string acceptId)
    {
        // Issue 21: whichever id sorts first, the dead accept (the drop wins the tie) is reported as contained.
        var drop = Rule.In("TCP", "7200/7200", "0.0.0.0/0", priority: 30, policy: RulePolicy.Drop) with { RuleId = dropId };
        var accept = Rule.In("TCP", "7200/7200", "0.0.0.0/0", priority: 30) with { RuleId = acceptId };
        foreach (var rules in new[] { new[] { drop, accept }, [accept, drop] })
        {
            var pairs = PairwiseContainment.Find(rules).Select(p => (p.Inner.RuleId, p.Outer.RuleId)).ToArray();
            Assert.Equal([(acceptId, dropId), (dropId, acceptId)], pairs.OrderBy(p => p.Item1 == acceptId ? 0 : 1));
        }
    }

    [Theory]
    [InlineData("TCP", "22/22", "0.0.0.0/0", "22", "")]
    [InlineData("TCP", "3000/4000", "::/0", "3389", "3306")]
    [InlineData("UDP", "6000/6400", "0.0.0.0/0", "", "6379")]
    public void Exposure_InternetToAdministrationOrDatabasePorts_IsRisky(string protocol, string ports, string source, string administration, string databases)
    {
        var exposure = ExposureCheck.Of(Rule.In(protocol, ports, source))!;
        Assert.False(exposure.AllPorts);
        Assert.Equal(administration, string.Join(",", exposure.AdministrationPorts));
        Assert.Equal(databases, string.Join(",", exposure.DatabasePorts));
        Assert.Contains(administration.Length > 0 ? "bastion" : "application tier", exposure.Recommendation, StringComparison.Ordinal);
    }

    [Fact]
    public void Exposure_EveryPortFromTheInternet_IsRisky_OthersAreNot()
    {
        Assert.True(ExposureCheck.Of(Rule.In("ALL", "-1/-1", "0.0.0.0/0"))!.AllPorts);
        Assert.True(ExposureCheck.Of(Rule.In("TCP", "1/65535", "::/0"))!.AllPorts);
        Assert.Null(ExposureCheck.Of(Rule.In("TCP", "443/443", "0.0.0.0/0")));
        Assert.Null(ExposureCheck.Of(Rule.In("TCP", "22/22", "203.0.113.0/24")));
        Assert.Null(ExposureCheck.Of(Rule.In("TCP", "22/22", "0.0.0.0/0", policy: RulePolicy.Drop)));
        Assert.Null(ExposureCheck.Of(Rule.Out("ALL", "-1/-1", "0.0.0.0/0")));
        Assert.Null(ExposureCheck.Of(Rule.In("ICMP", "-1/-1", "0.0.0.0/0")));
        Assert.Null(ExposureCheck.Of(Rule.In("TCP", "22/22", "sg-bastion")));
    }
}
