using System.Collections.Immutable;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.Validation;

/// <summary>What a valid Authorize request does to its group.</summary>
/// <param name="Added">The new rules, with fresh ids, in request order.</param>
/// <param name="AlreadyPresent">Existing rules that the request repeated: accepted, not added again (spec §6, D4).</param>
public sealed record AuthorizeOutcome(ImmutableArray<SecurityGroupRule> Added, ImmutableArray<SecurityGroupRule> AlreadyPresent);
