using SgGrid.Domain.Errors;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.Validation;

/// <summary>Finds the rules a <c>RevokeSecurityGroup</c> / <c>RevokeSecurityGroupEgress</c> request deletes (spec §6).</summary>
/// <remarks>
/// <para>By <c>SecurityGroupRuleId.N</c>: every id must name a rule of the group in the action's direction, else
/// <c>InvalidParam.SecurityGroupRuleId</c>. By <c>Permissions.N</c>: each permission is validated exactly as for
/// Authorize (<see cref="PermissionParser"/>) and matches the rules with the same identity; a permission that matches
/// nothing deletes nothing and is still a success. Ids and permissions cannot be mixed.</para>
/// <para>A permission without <c>Priority</c> matches the rule whatever its priority (the documented revoke tuple does
/// not name priority); with one, and when <see cref="EmulationOptions.DuplicateIdentityIncludesPriority"/>, only that
/// priority. Description never matters.</para>
/// <para>Whether a referenced group exists or is in the same VPC is not checked here; the grains do that.</para>
/// </remarks>
public static class RevokeRequestMatcher
{
    /// <summary>Revoke by ids or by permissions, whichever the request used; both or neither is an error.</summary>
    public static DomainResult<RevokeOutcome> Match(
        RuleTarget target,
        IReadOnlyCollection<SecurityGroupRule> existingRules,
        IReadOnlyList<string> ruleIds,
        IReadOnlyList<PermissionRequest> permissions,
        EmulationOptions options,
        SecurityGroupQuotas quotas)
    {
        ArgumentNullException.ThrowIfNull(ruleIds);
        ArgumentNullException.ThrowIfNull(permissions);
        if (ruleIds.Count > 0 && permissions.Count > 0)
        {
            return DomainResults.Failure<RevokeOutcome>(ValidationErrors.MixedRuleIdsAndPermissions());
        }

        return ruleIds.Count > 0
            ? MatchRuleIds(target, existingRules, ruleIds, quotas)
            : MatchPermissions(target, existingRules, permissions, options, quotas);
    }

    /// <summary>The rules named by <paramref name="ruleIds"/> (<c>SecurityGroupRuleId.N</c>); repeated ids count once.</summary>
    public static DomainResult<RevokeOutcome> MatchRuleIds(
        RuleTarget target, IReadOnlyCollection<SecurityGroupRule> existingRules, IReadOnlyList<string> ruleIds, SecurityGroupQuotas quotas)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(existingRules);
        ArgumentNullException.ThrowIfNull(ruleIds);
        ArgumentNullException.ThrowIfNull(quotas);
        if (ruleIds.Count == 0)
        {
            return DomainResults.Failure<RevokeOutcome>(ValidationErrors.MissingPermissions());
        }

        var errors = new List<EcsError>();
        if (ruleIds.Count > quotas.PermissionsPerCall)
        {
            errors.Add(ValidationErrors.TooManyPermissions("SecurityGroupRuleId", quotas.PermissionsPerCall));
        }

        var byId = new Dictionary<string, SecurityGroupRule>(StringComparer.Ordinal);
        foreach (var rule in existingRules)
        {
            if (rule.Direction == target.Direction)
            {
                byId.TryAdd(rule.RuleId, rule);
            }
        }

        var removed = new HashSet<SecurityGroupRule>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < ruleIds.Count; i++)
        {
            if (byId.TryGetValue(ruleIds[i] ?? "", out var rule))
            {
                removed.Add(rule);
            }
            else
            {
                errors.Add(ValidationErrors.UnknownRuleId(i + 1, ruleIds[i] ?? ""));
            }
        }

        return errors.Count > 0 ? DomainResults.Failure<RevokeOutcome>(errors) : Success(existingRules, removed);
    }

    /// <summary>The rules matched by <paramref name="permissions"/> (<c>Permissions.N</c>).</summary>
    public static DomainResult<RevokeOutcome> MatchPermissions(
        RuleTarget target,
        IReadOnlyCollection<SecurityGroupRule> existingRules,
        IReadOnlyList<PermissionRequest> permissions,
        EmulationOptions options,
        SecurityGroupQuotas quotas)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(existingRules);
        ArgumentNullException.ThrowIfNull(permissions);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(quotas);
        if (permissions.Count == 0)
        {
            return DomainResults.Failure<RevokeOutcome>(ValidationErrors.MissingPermissions());
        }

        var errors = new List<EcsError>();
        if (permissions.Count > quotas.PermissionsPerCall)
        {
            errors.Add(ValidationErrors.TooManyPermissions("Permissions", quotas.PermissionsPerCall));
        }

        var removed = new HashSet<SecurityGroupRule>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < permissions.Count; i++)
        {
            var parsed = PermissionParser.Parse(permissions[i], i + 1, target, options);
            if (parsed.Value is not { } permission)
            {
                errors.AddRange(parsed.Errors);
                continue;
            }

            var wanted = permission.Rule.Identity(includePriority: false);
            var priorityMatters = permission.PriorityGiven && options.DuplicateIdentityIncludesPriority;
            foreach (var rule in existingRules)
            {
                if (rule.Identity(includePriority: false) == wanted && (!priorityMatters || rule.Priority == permission.Rule.Priority))
                {
                    removed.Add(rule);
                }
            }
        }

        return errors.Count > 0 ? DomainResults.Failure<RevokeOutcome>(errors) : Success(existingRules, removed);
    }

    private static DomainResult<RevokeOutcome> Success(IReadOnlyCollection<SecurityGroupRule> existingRules, HashSet<SecurityGroupRule> removed) =>
        DomainResults.Success(new RevokeOutcome([.. existingRules.Where(removed.Contains)]));
}
