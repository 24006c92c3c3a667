namespace SgGrid.Api.Simulation.Responses;

/// <summary>
/// CheckFlow's answer, and each element of CheckFlows' <c>Verdicts.Verdict</c>: the verdict (both sides allow) and each side.
/// A CheckFlows flow that could not be decided has only <see cref="Error"/> (and <c>Allowed</c> false).
/// </summary>
public sealed record FlowVerdict(bool Allowed, FlowDescription? Flow, FlowSide? SourceSide, FlowSide? DestinationSide)
{
    /// <summary>Why this flow of a batch was not decided; absent when it was.</summary>
    public FlowError? Error { get; init; }

    public static FlowVerdict Failed(Domain.Errors.EcsError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new FlowVerdict(false, null, null, null) { Error = new FlowError(error.Code, error.Message) };
    }
}
