using SgGrid.Grains.Abstractions.Scenarios;

namespace SgGrid.Grains.Health;

public sealed partial class RuleHealthGrain
{
    private IGrainFactory? _scopedGrains;

    /// <summary>
    /// The grains of this analyzer's scope, reached by bare ids: production's, or those of the what-if scenario this copy
    /// belongs to (its key is <c>{id}@{scenarioId}</c>). Hides <see cref="Grain.GrainFactory"/> so no call escapes the scope.
    /// </summary>
    private new IGrainFactory GrainFactory => _scopedGrains ??= ScopedGrainFactory.For(base.GrainFactory, Scope);

    private (bool Known, string? Value) _scope;

    /// <summary>The scenario this copy belongs to; null in production.</summary>
    private string? Scope => _scope.Known ? _scope.Value : (_scope = (true, GrainScope.ScopeOf(this.GetPrimaryKeyString()))).Value;
}
