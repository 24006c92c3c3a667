namespace SgGrid.Grains.Abstractions.Health;

/// <summary>How to reach the <see cref="IRuleHealthGrain"/>.</summary>
public static class RuleHealth
{
    public const string Key = "health";

    public static IRuleHealthGrain GetRuleHealth(this IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<IRuleHealthGrain>(Key);
    }
}
