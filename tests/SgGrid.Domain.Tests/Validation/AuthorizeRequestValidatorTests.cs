using SgGrid.Domain.Errors;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.Validation;
using static SgGrid.Domain.Tests.Validation.ValidationTestData;

namespace SgGrid.Domain.Tests.Validation;

public class AuthorizeRequestValidatorTests
{
    [Fact]
    public void Validate_ValidPermissions_AddsRulesWithFreshIdsInOrder()
    {
        var result = Authorize(BasicIngress, [Ssh, TcpFrom("0.0.0.0/0", 443)]);

        var outcome = result.GetValueOrThrow();
        Assert.Equal(["sgr-test0001", "sgr-test0002"], outcome.Added.Select(r => r.RuleId));
        Assert.Equal([22, 443], outcome.Added.Select(r => (int)r.DestinationPorts.From));
        Assert.Empty(outcome.AlreadyPresent);
    }

    [Fact]
    public void Validate_NoPermissions_MissingParameterPermissions()
    {
        var result = Authorize(BasicIngress, []);
        Assert.Equal("MissingParameter.Permissions", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Validate_MorePermissionsThanPerCall_InvalidParamPermissions()
    {
        var permissions = Enumerable.Range(1, 101).Select(port => TcpFrom("10.0.0.0/8", port)).ToArray();
        var result = Authorize(BasicIngress, permissions);

        var error = Assert.Single(result.Errors);
        Assert.Equal("InvalidParam.Permissions", error.Code);
        Assert.Equal("The parameter Permissions accepts 1 to 100 entries in one call.", error.Message);
        Assert.Equal(0, error.Index);
    }

    [Fact]
    public void MixedPermissionForms_FlatFieldsWithPermissions_InvalidParamPermissions() =>
        Assert.Equal(EcsErrorCodes.InvalidPermissions, ValidationErrors.MixedPermissionForms().Code);

    [Fact]
    public void Validate_ExactlyPermissionsPerCall_Accepted()
    {
        var permissions = Enumerable.Range(1, 100).Select(port => TcpFrom("10.0.0.0/8", port)).ToArray();
        Assert.Equal(100, Authorize(BasicIngress, permissions).GetValueOrThrow().Added.Length);
    }

    [Fact]
    public void Validate_SeveralBadPermissions_ReportsEveryErrorWithItsIndex()
    {
        var result = Authorize(BasicIngress,
        [
            Ssh,
            Ssh with { IpProtocol = "sctp" },
            Ssh with { Priority = "0", Policy = "maybe" },
            new PermissionRequest { IpProtocol = "ALL" },
            Ssh,
        ]);

        Assert.False(result.IsSuccess);
        Assert.Equal(
            [
                (2, EcsErrorCodes.IpProtocolNotSupported),
                (3, EcsErrorCodes.InvalidPolicy),
                (3, EcsErrorCodes.PriorityNotSupported),
                (4, EcsErrorCodes.MissingSource),
                (5, EcsErrorCodes.DuplicatePermissions),
            ],
            result.Errors.Select(e => (e.Index, e.Code)));
    }

    [Fact]
    public void Validate_OneBadPermission_NothingAddedAndNoIdsConsumed()
    {
        var calls = 0;
        var result = AuthorizeRequestValidator.Validate(
            BasicIngress, [], [Ssh, Ssh with { PortRange = "x" }], EmulationOptions.Default, SecurityGroupQuotas.Default, () => $"sgr-{++calls}");

        Assert.False(result.IsSuccess);
        Assert.Null(result.Value);
        Assert.Equal(0, calls);
    }

    // ---- Duplicates (spec §6, D4) --------------------------------------------------------------------------

    [Fact]
    public void Validate_DuplicateInsideRequest_InvalidParamDuplicatePermissions()
    {
        // Same rule spelled differently: case, bare address vs /32, default vs explicit fields.
        var result = Authorize(BasicIngress,
        [
            TcpFrom("10.0.0.1", 22),
            new PermissionRequest { IpProtocol = "tcp", PortRange = "22/22", SourceCidrIp = "10.0.0.1/32", Policy = "Accept", Priority = "1", NicType = "intranet", Description = "other" },
        ]);

        var error = Assert.Single(result.Errors);
        Assert.Equal("InvalidParam.DuplicatePermissions", error.Code);
        Assert.Equal("There are duplicate permissions in the specified parameter Permissions.", error.Message);
        Assert.Equal(2, error.Index);
    }

    [Fact]
    public void Validate_SameRuleDifferentPriorityWithPriorityInIdentity_BothAdded()
    {
        var options = EmulationOptions.Default with { DuplicateIdentityIncludesPriority = true };
        var result = Authorize(BasicIngress, [Ssh with { Priority = "1" }, Ssh with { Priority = "2" }], options: options);
        Assert.Equal(2, result.GetValueOrThrow().Added.Length);
    }

    [Fact]
    public void Validate_SameRuleDifferentPriorityByDefault_Duplicate()
    {
        // D4 as revised: priority is not part of a rule's identity, so the second permission repeats the first.
        var result = Authorize(BasicIngress, [Ssh with { Priority = "1" }, Ssh with { Priority = "2" }]);
        var error = Assert.Single(result.Errors);
        Assert.Equal(EcsErrorCodes.DuplicatePermissions, error.Code);
        Assert.Equal(2, error.Index);
    }

    [Fact]
    public void Validate_RuleAlreadyInGroup_AcceptedNotAdded()
    {
        var existing = AuthorizedRules(BasicIngress, Ssh);

        var outcome = Authorize(BasicIngress, [Ssh with { Description = "again", Policy = "ACCEPT" }, TcpFrom("10.0.0.0/8", 80)], existing).GetValueOrThrow();

        Assert.Equal(existing, outcome.AlreadyPresent);
        var added = Assert.Single(outcome.Added);
        Assert.Equal(80, added.DestinationPorts.From);
    }

    [Fact]
    public void Validate_ExistingRuleOtherPriorityWithPriorityInIdentity_Added()
    {
        var options = EmulationOptions.Default with { DuplicateIdentityIncludesPriority = true };
        var existing = AuthorizedRules(BasicIngress, Ssh with { Priority = "5" });
        var outcome = Authorize(BasicIngress, [Ssh], existing, options).GetValueOrThrow();
        Assert.Single(outcome.Added);
        Assert.Empty(outcome.AlreadyPresent);
    }

    [Fact]
    public void Validate_ExistingRuleOtherPriorityByDefault_AcceptedNotAdded()
    {
        var existing = AuthorizedRules(BasicIngress, Ssh with { Priority = "5" });
        var outcome = Authorize(BasicIngress, [Ssh], existing).GetValueOrThrow();
        Assert.Empty(outcome.Added);
        Assert.Equal(existing, outcome.AlreadyPresent);
    }

    [Fact]
    public void Validate_SameFieldsOtherDirection_NotADuplicate()
    {
        var existing = AuthorizedRules(BasicEgress, new PermissionRequest { IpProtocol = "tcp", PortRange = "22/22", DestCidrIp = "10.0.0.0/8" });
        Assert.Single(Authorize(BasicIngress, [Ssh], existing).GetValueOrThrow().Added);
    }

    [Fact]
    public void Validate_DifferentLocalCidr_NotADuplicate() =>
        Assert.Equal(2, Authorize(BasicIngress, [Ssh, Ssh with { DestCidrIp = "192.168.0.1" }]).GetValueOrThrow().Added.Length);

    [Fact]
    public void Validate_DifferentPolicy_NotADuplicate() =>
        Assert.Equal(2, Authorize(BasicIngress, [Ssh, Ssh with { Policy = "drop" }]).GetValueOrThrow().Added.Length);

    // ---- Quotas --------------------------------------------------------------------------------------------

    [Fact]
    public void Validate_RulesPerGroupExceeded_AuthorizationLimitExceed()
    {
        var quotas = SecurityGroupQuotas.Default with { RulesPerGroup = 3 };
        var existing = AuthorizedRules(BasicIngress, TcpFrom("10.0.0.0/8", 1), TcpFrom("10.0.0.0/8", 2));

        var result = Authorize(BasicIngress, [TcpFrom("10.0.0.0/8", 3), TcpFrom("10.0.0.0/8", 4)], existing, quotas: quotas);

        var error = Assert.Single(result.Errors);
        Assert.Equal("AuthorizationLimitExceed", error.Code);
        Assert.Equal("The limit of authorization records in the security group reaches.", error.Message);
    }

    [Fact]
    public void Validate_RulesPerGroupCountsBothDirections_AuthorizationLimitExceed()
    {
        var quotas = SecurityGroupQuotas.Default with { RulesPerGroup = 2 };
        var existing = AuthorizedRules(BasicEgress, Https).Concat(AuthorizedRules(BasicIngress, TcpFrom("10.0.0.0/8", 1))).ToArray();
        Assert.Equal(EcsErrorCodes.AuthorizationLimitExceed, Assert.Single(Authorize(BasicIngress, [Ssh], existing, quotas: quotas).Errors).Code);
    }

    [Fact]
    public void Validate_PrefixListRule_WeighsItsListsMaxEntries_AgainstRulesPerGroup()
    {
        // D5: a prefix-list rule counts its list's MaxEntries, not its current size and not one.
        var quotas = SecurityGroupQuotas.Default with { RulesPerGroup = 10 };
        var existing = AuthorizedRules(BasicIngress, TcpFrom("10.0.0.0/8", 1));
        var fromList = new PermissionRequest { IpProtocol = "tcp", PortRange = "443/443", SourcePrefixListId = "pl-offices" };

        var fits = ValidationTestData.Authorize(BasicIngress, [fromList], existing, quotas: quotas);
        var tooHeavy = AuthorizeRequestValidator.Validate(BasicIngress, existing, [fromList], EmulationOptions.Default, quotas, () => "sgr-new",
            id => id == "pl-offices" ? 10 : 1);

        Assert.True(fits.IsSuccess); // every list weighs 1 when the caller knows no size
        Assert.Equal(EcsErrorCodes.AuthorizationLimitExceed, Assert.Single(tooHeavy.Errors).Code);
        Assert.Equal(11, RuleWeights.Of([.. existing, fits.GetValueOrThrow().Added[0]], id => id == "pl-offices" ? 10 : 1));
    }

    [Fact]
    public void Validate_RulesPerGroupReachedExactly_Accepted()
    {
        var quotas = SecurityGroupQuotas.Default with { RulesPerGroup = 2 };
        var existing = AuthorizedRules(BasicIngress, TcpFrom("10.0.0.0/8", 1));
        Assert.True(Authorize(BasicIngress, [Ssh], existing, quotas: quotas).IsSuccess);
    }

    [Fact]
    public void Validate_FullGroupOnlyDuplicates_Accepted()
    {
        var quotas = SecurityGroupQuotas.Default with { RulesPerGroup = 1 };
        var existing = AuthorizedRules(BasicIngress, Ssh);
        Assert.True(Authorize(BasicIngress, [Ssh], existing, quotas: quotas).IsSuccess);
    }

    [Fact]
    public void Validate_DefaultQuota_200RulesPerGroup()
    {
        var existing = Enumerable.Range(1, 2)
            .SelectMany(batch => AuthorizedRules(BasicIngress, [.. Enumerable.Range(1, 100).Select(port => TcpFrom($"10.0.{batch}.0/24", port))]))
            .ToArray();
        Assert.Equal(EcsErrorCodes.AuthorizationLimitExceed, Assert.Single(Authorize(BasicIngress, [Ssh], existing).Errors).Code);
    }

    [Fact]
    public void Validate_GroupReferenceRulesExceeded_AuthorizedGroupRuleLimitExceed()
    {
        var existing = AuthorizedRules(BasicIngress, [.. Enumerable.Range(1, 20).Select(port => TcpFromGroup(OtherGroupId, port))]);

        var result = Authorize(BasicIngress, [TcpFromGroup(OtherGroupId, 21)], existing);

        Assert.Equal("AuthorizedGroupRule.LimitExceed", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Validate_GroupReferenceLimitReachedAndCidrRuleAdded_Accepted()
    {
        var existing = AuthorizedRules(BasicIngress, [.. Enumerable.Range(1, 20).Select(port => TcpFromGroup(OtherGroupId, port))]);
        Assert.True(Authorize(BasicIngress, [Ssh], existing).IsSuccess);
    }

    [Fact]
    public void Validate_GroupReferenceRulesCountBothDirections()
    {
        var quotas = SecurityGroupQuotas.Default with { GroupReferenceRulesPerGroup = 1 };
        var existing = AuthorizedRules(BasicEgress, new PermissionRequest { IpProtocol = "ALL", DestGroupId = OtherGroupId });
        Assert.Equal(EcsErrorCodes.AuthorizedGroupRuleLimitExceed,
            Assert.Single(Authorize(BasicIngress, [TcpFromGroup(OtherGroupId, 22)], existing, quotas: quotas).Errors).Code);
    }

    [Fact]
    public void Validate_BothQuotasAndPermissionErrors_AllReported()
    {
        var quotas = SecurityGroupQuotas.Default with { RulesPerGroup = 1, GroupReferenceRulesPerGroup = 1 };
        var result = Authorize(BasicIngress, [TcpFromGroup(OtherGroupId, 1), TcpFromGroup(OtherGroupId, 2), Ssh with { Priority = "x" }], quotas: quotas);

        Assert.Equal(
            [(3, EcsErrorCodes.InvalidPriority), (0, EcsErrorCodes.AuthorizationLimitExceed), (0, EcsErrorCodes.AuthorizedGroupRuleLimitExceed)],
            result.Errors.Select(e => (e.Index, e.Code)));
    }

    [Fact]
    public void Validate_AdvancedGroupReference_ReportedAsOperationDeniedNotQuota()
    {
        var result = Authorize(AdvancedIngress, [TcpFromGroup(OtherGroupId, 22)]);
        Assert.Equal(EcsErrorCodes.GroupAuthOperationDenied, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Validate_Egress_StoresEgressRules()
    {
        var rule = Assert.Single(Authorize(BasicEgress, [Https]).GetValueOrThrow().Added);
        Assert.Equal(Direction.Egress, rule.Direction);
    }
}
