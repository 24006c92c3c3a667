using SgGrid.Domain.Errors;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.Validation;
using static SgGrid.Domain.Tests.Validation.ValidationTestData;

namespace SgGrid.Domain.Tests.Validation;

public class RevokeRequestMatcherTests
{
    // Removed is an ImmutableArray, whose IEquatable compares references: tests compare its items via ToArray().
    private static readonly IReadOnlyList<SecurityGroupRule> Existing =
    [
        .. AuthorizedRules(BasicIngress, Ssh, Ssh with { Priority = "5" }, TcpFrom("0.0.0.0/0", 443), TcpFromGroup(OtherGroupId, 3306)),
        .. AuthorizedRules(BasicEgress, Https).Select(r => r with { RuleId = "sgr-egress" }),
    ];

    private static DomainResult<RevokeOutcome> RevokeByPermissions(RuleTarget target, IReadOnlyList<PermissionRequest> permissions, EmulationOptions? options = null) =>
        RevokeRequestMatcher.MatchPermissions(target, Existing, permissions, options ?? EmulationOptions.Default, SecurityGroupQuotas.Default);

    [Fact]
    public void MatchPermissions_ExactRuleWithPriorityInIdentity_RemovesOnlyThatPriority()
    {
        var options = EmulationOptions.Default with { DuplicateIdentityIncludesPriority = true };
        var removed = RevokeByPermissions(BasicIngress, [Ssh with { Priority = "5" }], options).GetValueOrThrow().Removed;
        Assert.Equal([Existing[1]], removed.ToArray());
    }

    [Fact]
    public void MatchPermissions_NoPriorityGiven_RemovesEveryPriority()
    {
        var removed = RevokeByPermissions(BasicIngress, [Ssh]).GetValueOrThrow().Removed;
        Assert.Equal([Existing[0], Existing[1]], removed.ToArray());
    }

    [Fact]
    public void MatchPermissions_PriorityGivenByDefault_RemovesEveryPriority()
    {
        var removed = RevokeByPermissions(BasicIngress, [Ssh with { Priority = "1" }]).GetValueOrThrow().Removed;
        Assert.Equal(2, removed.Length);
    }

    [Fact]
    public void MatchPermissions_DifferentSpellingSameRule_Removes()
    {
        var permission = new PermissionRequest { IpProtocol = "TcP", PortRange = "443/443", SourceCidrIp = "0.0.0.0/0", Policy = "ACCEPT", NicType = "Intranet", Description = "ignored" };
        Assert.Equal([Existing[2]], RevokeByPermissions(BasicIngress, [permission]).GetValueOrThrow().Removed.ToArray());
    }

    [Fact]
    public void MatchPermissions_GroupReference_Removes() =>
        Assert.Equal([Existing[3]], RevokeByPermissions(BasicIngress, [TcpFromGroup(OtherGroupId, 3306)]).GetValueOrThrow().Removed.ToArray());

    [Fact]
    public void MatchPermissions_NoMatch_SuccessNothingRemoved()
    {
        var result = RevokeByPermissions(BasicIngress, [TcpFrom("10.0.0.0/8", 8080), Ssh with { Policy = "drop" }]);
        Assert.True(result.IsSuccess);
        Assert.Empty(result.GetValueOrThrow().Removed);
    }

    [Fact]
    public void MatchPermissions_OtherDirection_NothingRemoved() =>
        Assert.Empty(RevokeByPermissions(BasicEgress, [new PermissionRequest { IpProtocol = "tcp", PortRange = "22/22", DestCidrIp = "10.0.0.0/8" }]).GetValueOrThrow().Removed);

    [Fact]
    public void MatchPermissions_SameRuleTwice_RemovedOnce() =>
        Assert.Single(RevokeByPermissions(BasicIngress, [TcpFrom("0.0.0.0/0", 443), TcpFrom("0.0.0.0/0", 443)]).GetValueOrThrow().Removed);

    [Fact]
    public void MatchPermissions_InvalidPermissions_AllErrorsReportedNothingRemoved()
    {
        var result = RevokeByPermissions(BasicIngress, [Ssh, Ssh with { PortRange = null }, new PermissionRequest { IpProtocol = "ALL" }]);

        Assert.Null(result.Value);
        Assert.Equal([(2, EcsErrorCodes.PortRangeMissing), (3, EcsErrorCodes.MissingSource)], result.Errors.Select(e => (e.Index, e.Code)));
    }

    [Fact]
    public void MatchPermissions_None_MissingParameterPermissions() =>
        Assert.Equal(EcsErrorCodes.MissingPermissions, Assert.Single(RevokeByPermissions(BasicIngress, []).Errors).Code);

    [Fact]
    public void MatchPermissions_TooMany_InvalidParamPermissions()
    {
        var quotas = SecurityGroupQuotas.Default with { PermissionsPerCall = 1 };
        var result = RevokeRequestMatcher.MatchPermissions(BasicIngress, Existing, [Ssh, Https], EmulationOptions.Default, quotas);
        Assert.Contains(result.Errors, e => e.Code == EcsErrorCodes.InvalidPermissions && e.Index == 0);
    }

    [Fact]
    public void MatchRuleIds_KnownIds_RemovesInGroupOrder()
    {
        var result = RevokeRequestMatcher.MatchRuleIds(BasicIngress, Existing, [Existing[2].RuleId, Existing[0].RuleId, Existing[0].RuleId], SecurityGroupQuotas.Default);
        Assert.Equal([Existing[0], Existing[2]], result.GetValueOrThrow().Removed.ToArray());
    }

    [Fact]
    public void MatchRuleIds_UnknownId_InvalidParamSecurityGroupRuleIdWithIndex()
    {
        var result = RevokeRequestMatcher.MatchRuleIds(BasicIngress, Existing, [Existing[0].RuleId, "sgr-nope", "sgr-egress"], SecurityGroupQuotas.Default);

        Assert.Null(result.Value);
        Assert.Equal(
            [(2, "InvalidParam.SecurityGroupRuleId"), (3, "InvalidParam.SecurityGroupRuleId")],
            result.Errors.Select(e => (e.Index, e.Code)));
        Assert.Contains("sgr-nope", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MatchRuleIds_EgressIdOnEgress_Removes() =>
        Assert.Equal("sgr-egress",
            Assert.Single(RevokeRequestMatcher.MatchRuleIds(BasicEgress, Existing, ["sgr-egress"], SecurityGroupQuotas.Default).GetValueOrThrow().Removed).RuleId);

    [Fact]
    public void MatchRuleIds_TooMany_InvalidParamPermissions()
    {
        var quotas = SecurityGroupQuotas.Default with { PermissionsPerCall = 1 };
        var result = RevokeRequestMatcher.MatchRuleIds(BasicIngress, Existing, [Existing[0].RuleId, Existing[1].RuleId], quotas);
        Assert.Equal(EcsErrorCodes.InvalidPermissions, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Match_IdsAndPermissions_InvalidParamPermissions()
    {
        var result = RevokeRequestMatcher.Match(BasicIngress, Existing, [Existing[0].RuleId], [Ssh], EmulationOptions.Default, SecurityGroupQuotas.Default);
        var error = Assert.Single(result.Errors);
        Assert.Equal("InvalidParam.Permissions", error.Code);
        Assert.Equal("The parameters SecurityGroupRuleId and Permissions cannot be specified at the same time.", error.Message);
    }

    [Fact]
    public void Match_Neither_MissingParameterPermissions() =>
        Assert.Equal(EcsErrorCodes.MissingPermissions,
            Assert.Single(RevokeRequestMatcher.Match(BasicIngress, Existing, [], [], EmulationOptions.Default, SecurityGroupQuotas.Default).Errors).Code);

    [Fact]
    public void Match_OnlyIds_RevokesById() =>
        Assert.Single(RevokeRequestMatcher.Match(BasicIngress, Existing, [Existing[3].RuleId], [], EmulationOptions.Default, SecurityGroupQuotas.Default).GetValueOrThrow().Removed);

    [Fact]
    public void Match_OnlyPermissions_RevokesByPermission() =>
        Assert.Single(RevokeRequestMatcher.Match(BasicIngress, Existing, [], [TcpFrom("0.0.0.0/0", 443)], EmulationOptions.Default, SecurityGroupQuotas.Default).GetValueOrThrow().Removed);
}
