using System.Collections.Immutable;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Domain.Rules;
using SgGrid.Domain.Validation;

namespace SgGrid.Api.Ecs.SecurityGroups;

/// <summary>
/// Authorize, Revoke and Modify rule, one implementation per family for both directions: the actions of each pair differ
/// only in the direction, which decides which fields name the remote and which the local address.
/// </summary>
public static class RuleChanges
{
    /// <summary>The revoke-by-id list, <c>SecurityGroupRuleId.N</c>.</summary>
    public const string RuleIds = "SecurityGroupRuleId";

    /// <summary>AuthorizeSecurityGroup / AuthorizeSecurityGroupEgress: adds the rules; an identical existing rule is not added again.</summary>
    public static async Task<RpcResult> AuthorizeAsync(RpcContext context, Direction direction)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var groupId = reader.Required("SecurityGroupId", TenantRegion.MaxIdLength);
        var permissions = PermissionParameters.Read(reader, direction, SecurityGroupCalls.Quotas(context).PermissionsPerCall);
        if (reader.Error is { } error)
        {
            return error;
        }

        if (await region!.FindSecurityGroupAsync(groupId) is null)
        {
            return SecurityGroupErrors.NotFound();
        }

        if (region.ScenarioRefusal(groupId) is { } refusal)
        {
            return refusal;
        }

        return SecurityGroupCalls.Answer(await region.SecurityGroup(groupId).AuthorizeAsync(region.Owner, direction, permissions, context.Mutation));
    }

    /// <summary>
    /// RevokeSecurityGroup / RevokeSecurityGroupEgress: by <c>SecurityGroupRuleId.N</c> (every id must name a rule of the
    /// direction) or by rules (<c>Permissions.N</c> or the flat fields; no match deletes nothing and succeeds).
    /// </summary>
    public static async Task<RpcResult> RevokeAsync(RpcContext context, Direction direction)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var groupId = reader.Required("SecurityGroupId", TenantRegion.MaxIdLength);
        var maxCount = SecurityGroupCalls.Quotas(context).PermissionsPerCall;
        var ruleIds = reader.List(RuleIds, int.MaxValue, TenantRegion.MaxIdLength);
        var permissions = ImmutableArray<PermissionRequest>.Empty;
        if (ruleIds.Length > 0)
        {
            if (PermissionParameters.HasEntries(reader) || PermissionParameters.HasFlatFields(reader, direction))
            {
                reader.Fail(ValidationErrors.MixedRuleIdsAndPermissions());
            }
            else if (ruleIds.Length > maxCount)
            {
                reader.Fail(ValidationErrors.TooManyPermissions(RuleIds, maxCount));
            }
        }
        else
        {
            permissions = PermissionParameters.Read(reader, direction, maxCount);
        }

        if (reader.Error is { } error)
        {
            return error;
        }

        if (await region!.FindSecurityGroupAsync(groupId) is null)
        {
            return SecurityGroupErrors.NotFound();
        }

        if (region.ScenarioRefusal(groupId) is { } refusal)
        {
            return refusal;
        }

        return SecurityGroupCalls.Answer(await region.SecurityGroup(groupId).RevokeAsync(region.Owner, direction, ruleIds, permissions, context.Mutation));
    }

    /// <summary>
    /// ModifySecurityGroupRule / ModifySecurityGroupEgressRule. With <c>SecurityGroupRuleId</c>, the given fields replace the
    /// rule's (a new remote replaces the old one whole). Without it, the legacy form: the fields identify the rule as a
    /// revoke would, and only its <c>Description</c> changes (<c>InvalidGroupAuthItem.NotFound</c> when nothing matches).
    /// </summary>
    public static async Task<RpcResult> ModifyAsync(RpcContext context, Direction direction)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var groupId = reader.Required("SecurityGroupId", TenantRegion.MaxIdLength);
        var ruleId = reader.Optional(RuleIds, TenantRegion.MaxIdLength);
        var fields = PermissionParameters.ReadOne(reader, direction);
        if (reader.Error is { } error)
        {
            return error;
        }

        if (await region!.FindSecurityGroupAsync(groupId) is null)
        {
            return SecurityGroupErrors.NotFound();
        }

        if (region.ScenarioRefusal(groupId) is { } refusal)
        {
            return refusal;
        }

        var group = region.SecurityGroup(groupId);
        var result = ruleId is null
            ? await group.ModifyRuleDescriptionAsync(region.Owner, direction, fields, context.Mutation)
            : await group.ModifyRuleAsync(region.Owner, direction, ruleId, fields, context.Mutation);
        return SecurityGroupCalls.Answer(result);
    }
}
