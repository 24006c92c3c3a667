namespace SgGrid.Domain.Evaluation;

/// <summary>The verdict of one direction's filter on one flow, and what decided it.</summary>
/// <remarks>
/// <see cref="Index"/> points into the filter's policy: for <see cref="DecisionReason.Rule"/> the position of the rule in
/// evaluation order; for <see cref="DecisionReason.IntraGroup"/> the position of the trusting group on the ENI; for
/// <see cref="DecisionReason.Platform"/> the platform allow entry, or -1 for the outbound TCP 25 block; -1 for
/// <see cref="DecisionReason.Default"/>. Eight bytes, no references: cheap to return in bulk.
/// </remarks>
public readonly record struct FilterDecision(bool Allowed, DecisionReason Reason, int Index)
{
    public static FilterDecision Default(bool allowed) => new(allowed, DecisionReason.Default, -1);

    public override string ToString() => $"{(Allowed ? "allow" : "deny")} by {Reason}{(Index >= 0 ? $" #{Index}" : "")}";
}
