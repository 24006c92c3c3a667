using Microsoft.Extensions.Options;

namespace SgGrid.Grains.Analysis;

/// <summary>Checks <see cref="AnalysisOptions"/> at startup and reports every bad value at once.</summary>
public sealed class AnalysisOptionsValidator : IValidateOptions<AnalysisOptions>
{
    public ValidateOptionsResult Validate(string? name, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Positive(options.MaxConcurrentAnalysesPerTenant, nameof(options.MaxConcurrentAnalysesPerTenant), failures);
        Positive(options.MaxConcurrentAnalyses, nameof(options.MaxConcurrentAnalyses), failures);
        Positive(options.MaxCachedProductionPolicies, nameof(options.MaxCachedProductionPolicies), failures);
        Positive(options.MaxCachedProductionWorlds, nameof(options.MaxCachedProductionWorlds), failures);
        Positive(options.MaxCachedScenarioPolicies, nameof(options.MaxCachedScenarioPolicies), failures);
        if (options.MaxAnalysisWait < TimeSpan.Zero || options.MaxAnalysisWait > TimeSpan.FromMinutes(1))
        {
            failures.Add($"{AnalysisOptions.SectionName}:{nameof(options.MaxAnalysisWait)} must be from 0 to 1 minute (was {options.MaxAnalysisWait}).");
        }

        if (options.MaxAnalysisTime <= TimeSpan.Zero || options.MaxAnalysisTime > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{AnalysisOptions.SectionName}:{nameof(options.MaxAnalysisTime)} must be above 0 and at most 10 minutes (was {options.MaxAnalysisTime}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(int value, string name, List<string> failures)
    {
        if (value <= 0)
        {
            failures.Add($"{AnalysisOptions.SectionName}:{name} must be positive (was {value}).");
        }
    }
}
