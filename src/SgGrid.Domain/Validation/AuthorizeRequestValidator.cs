using SgGrid.Domain.Errors;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;

namespace SgGrid.Domain.Validation;

/// <summary>Validates a whole <c>AuthorizeSecurityGroup</c> / <c>AuthorizeSecurityGroupEgress</c> request.</summary>
/// <remarks>
/// <para>Every error of the request is reported, each with the 1-based index of its permission (0 for the request as
/// a whole), in request order; request-level count errors come first and quota errors last.</para>
/// <para>A permission identical to an existing rule (by <see cref="SecurityGroupRule.Identity"/> with
/// <see cref="EmulationOptions.DuplicateIdentityIncludesPriority"/>) is accepted and not added; one identical to an
/// earlier permission of the same request is <c>InvalidParam.DuplicatePermissions</c>.</para>
/// <para>Quotas are checked on the rules that would be added: rules per group (ingress + egress, weighed by
/// <see cref="RuleWeights"/>: a prefix-list rule counts its list's MaxEntries as far as the caller knows them) and, in a
/// basic group, group-reference rules. The per-ENI rule total, and every check that needs other groups (the referenced
/// group exists, is basic, is in the same VPC) are the grains' work.</para>
/// </remarks>
public static class AuthorizeRequestValidator
{
    /// <summary>Validates <paramref name="permissions"/> against the group and returns the rules to add.</summary>
    /// <param name="target">The group and the direction of the action.</param>
    /// <param name="existingRules">Every rule of the group now, both directions.</param>
    /// <param name="permissions">The request's <c>Permissions.N</c>, in order.</param>
    /// <param name="options">The emulation switches (numeric protocols, duplicate identity, drop in advanced groups).</param>
    /// <param name="quotas">The tenant's limits.</param>
    /// <param name="newRuleId">Makes a fresh rule id; called once per added rule, and only when the request succeeds.</param>
    /// <param name="prefixListMaxEntries">A prefix list's MaxEntries by id (D5 weights); null: every list weighs 1.</param>
    public static DomainResult<AuthorizeOutcome> Validate(
        RuleTarget target,
        IReadOnlyCollection<SecurityGroupRule> existingRules,
        IReadOnlyList<PermissionRequest> permissions,
        EmulationOptions options,
        SecurityGroupQuotas quotas,
        Func<string> newRuleId,
        Func<string, int>? prefixListMaxEntries = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(existingRules);
        ArgumentNullException.ThrowIfNull(permissions);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(quotas);
        ArgumentNullException.ThrowIfNull(newRuleId);

        if (permissions.Count == 0)
        {
            return DomainResults.Failure<AuthorizeOutcome>(ValidationErrors.MissingPermissions());
        }

        var errors = new List<EcsError>();
        if (permissions.Count > quotas.PermissionsPerCall)
        {
            errors.Add(ValidationErrors.TooManyPermissions("Permissions", quotas.PermissionsPerCall));
        }

        var includePriority = options.DuplicateIdentityIncludesPriority;
        var existingByIdentity = new Dictionary<RuleIdentity, SecurityGroupRule>();
        foreach (var rule in existingRules)
        {
            existingByIdentity.TryAdd(rule.Identity(includePriority), rule);
        }

        var seen = new HashSet<RuleIdentity>();
        var toAdd = new List<ParsedRule>();
        var alreadyPresent = new List<SecurityGroupRule>();
        for (var i = 0; i < permissions.Count; i++)
        {
            var index = i + 1;
            var parsed = PermissionParser.Parse(permissions[i], index, target, options);
            if (parsed.Value is not { } permission)
            {
                errors.AddRange(parsed.Errors);
                continue;
            }

            var identity = permission.Rule.Identity(includePriority);
            if (!seen.Add(identity))
            {
                errors.Add(ValidationErrors.DuplicatePermissions(index));
            }
            else if (existingByIdentity.TryGetValue(identity, out var existing))
            {
                alreadyPresent.Add(existing);
            }
            else
            {
                toAdd.Add(permission);
            }
        }

        CheckQuotas(target, existingRules, toAdd, quotas, prefixListMaxEntries ?? RuleWeights.UnknownList, errors);
        if (errors.Count > 0)
        {
            return DomainResults.Failure<AuthorizeOutcome>(errors);
        }

        return DomainResults.Success(new AuthorizeOutcome([.. toAdd.Select(p => p.WithRuleId(newRuleId()))], [.. alreadyPresent]));
    }

    private static void CheckQuotas(
        RuleTarget target, IReadOnlyCollection<SecurityGroupRule> existingRules, List<ParsedRule> toAdd, SecurityGroupQuotas quotas,
        Func<string, int> maxEntries, List<EcsError> errors)
    {
        // A group already over a (lowered) limit keeps its rules; only additions are refused.
        if (toAdd.Count > 0 && RuleWeights.ExceedsGroupLimit(
            checked(RuleWeights.Of(existingRules, maxEntries) + RuleWeights.Of(toAdd.Select(p => p.Rule), maxEntries)), quotas))
        {
            errors.Add(ValidationErrors.AuthorizationLimitExceed());
        }

        var newReferences = toAdd.Count(p => p.Rule.Remote is SecurityGroupPeer);
        if (target.SecurityGroupType == SecurityGroupType.Normal && newReferences > 0 &&
            existingRules.Count(r => r.Remote is SecurityGroupPeer) + newReferences > quotas.GroupReferenceRulesPerGroup)
        {
            errors.Add(ValidationErrors.AuthorizedGroupRuleLimitExceed(quotas.GroupReferenceRulesPerGroup));
        }
    }
}
