using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;

namespace SgGrid.Domain.Validation;

/// <summary>The group an Authorize or Revoke request addresses, and the direction its action implies.</summary>
/// <param name="SecurityGroupId">The id of the group the rules belong to (<c>sg-…</c>).</param>
/// <param name="SecurityGroupType">Basic or advanced; decides which rules the group may hold.</param>
/// <param name="Direction">Ingress for <c>AuthorizeSecurityGroup</c>/<c>RevokeSecurityGroup</c>, egress for the <c>…Egress</c> actions.</param>
public sealed record RuleTarget(string SecurityGroupId, SecurityGroupType SecurityGroupType, Direction Direction);
