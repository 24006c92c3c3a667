using System.Collections.Immutable;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.Validation;

/// <summary>What a valid Revoke request does to its group.</summary>
/// <param name="Removed">The existing rules to delete, in the group's order; empty when nothing matched (still a success).</param>
public sealed record RevokeOutcome(ImmutableArray<SecurityGroupRule> Removed);
