using SgGrid.Domain.Errors;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Domain.Validation;

namespace SgGrid.Domain.Tests.Validation;

/// <summary>Targets, permissions and helpers shared by the validation tests.</summary>
internal static class ValidationTestData
{
    public const string GroupId = "sg-bp1target0000000000";
    public const string OtherGroupId = "sg-bp1other00000000000";

    public static RuleTarget BasicIngress { get; } = new(GroupId, SecurityGroupType.Normal, Direction.Ingress);
    public static RuleTarget BasicEgress { get; } = new(GroupId, SecurityGroupType.Normal, Direction.Egress);
    public static RuleTarget AdvancedIngress { get; } = new(GroupId, SecurityGroupType.Enterprise, Direction.Ingress);
    public static RuleTarget AdvancedEgress { get; } = new(GroupId, SecurityGroupType.Enterprise, Direction.Egress);

    /// <summary>A valid ingress TCP 22 permission from 10.0.0.0/8.</summary>
    public static PermissionRequest Ssh { get; } = new() { IpProtocol = "tcp", PortRange = "22/22", SourceCidrIp = "10.0.0.0/8" };

    /// <summary>A valid egress TCP 443 permission to 0.0.0.0/0.</summary>
    public static PermissionRequest Https { get; } = new() { IpProtocol = "tcp", PortRange = "443/443", DestCidrIp = "0.0.0.0/0" };

    public static PermissionRequest TcpFrom(string sourceCidr, int port) =>
        new() { IpProtocol = "TCP", PortRange = $"{port}/{port}", SourceCidrIp = sourceCidr };

    public static PermissionRequest TcpFromGroup(string groupId, int port) =>
        new() { IpProtocol = "TCP", PortRange = $"{port}/{port}", SourceGroupId = groupId };

    public static Func<string> RuleIds()
    {
        var next = 0;
        return () => $"sgr-test{++next:D4}";
    }

    public static DomainResult<AuthorizeOutcome> Authorize(
        RuleTarget target,
        IReadOnlyList<PermissionRequest> permissions,
        IReadOnlyCollection<SecurityGroupRule>? existing = null,
        EmulationOptions? options = null,
        SecurityGroupQuotas? quotas = null) =>
        AuthorizeRequestValidator.Validate(
            target, existing ?? [], permissions, options ?? EmulationOptions.Default, quotas ?? SecurityGroupQuotas.Default, RuleIds());

    /// <summary>
    /// Authorizes the permissions into an empty group and returns the stored rules. Priority counts in the identity here,
    /// so a fixture may hold rules that differ only in priority (as groups made with <c>DuplicateIdentityIncludesPriority</c> do).
    /// </summary>
    public static IReadOnlyList<SecurityGroupRule> AuthorizedRules(RuleTarget target, params PermissionRequest[] permissions) =>
        Authorize(target, permissions, options: EmulationOptions.Default with { DuplicateIdentityIncludesPriority = true }).GetValueOrThrow().Added;

    /// <summary>Parses one permission and returns its single error (asserting there is exactly one).</summary>
    public static EcsError SingleError(RuleTarget target, PermissionRequest permission, EmulationOptions? options = null)
    {
        var result = PermissionParser.Parse(permission, 1, target, options ?? EmulationOptions.Default);
        Assert.False(result.IsSuccess, "The permission was expected to be rejected.");
        var error = Assert.Single(result.Errors);
        Assert.Equal(1, error.Index);
        return error;
    }

    public static SecurityGroupRule ParseRule(RuleTarget target, PermissionRequest permission, EmulationOptions? options = null) =>
        PermissionParser.Parse(permission, 1, target, options ?? EmulationOptions.Default).GetValueOrThrow().Rule;
}
