namespace SgGrid.Domain.Evaluation;

/// <summary>One end of a connection: whether it has a filter (an ENI) and, if so, its decision.</summary>
/// <remarks>An external end (an address no ENI holds) is not evaluated and lets the flow through.</remarks>
public readonly record struct SideVerdict(bool Evaluated, FilterDecision Decision)
{
    public static SideVerdict External { get; } = new(false, new FilterDecision(true, DecisionReason.Default, -1));

    public bool Allowed => !Evaluated || Decision.Allowed;
}
