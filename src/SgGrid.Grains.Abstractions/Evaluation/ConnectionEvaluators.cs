namespace SgGrid.Grains.Abstractions.Evaluation;

/// <summary>How to reach the <see cref="IConnectionEvaluatorGrain"/> (a stateless worker, one key per scope).</summary>
public static class ConnectionEvaluators
{
    /// <summary>The evaluator's key in production; a scoped factory adds the scenario.</summary>
    public const string Key = "evaluator";

    public static IConnectionEvaluatorGrain GetConnectionEvaluator(this IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<IConnectionEvaluatorGrain>(Key);
    }
}
