using SgGrid.Grains.Abstractions.Scenarios;

namespace SgGrid.Grains.Scenarios;

/// <summary>
/// A grain that exists in production and, as a copy keyed <c>{id}@{scenarioId}</c>, in what-if scenarios. It reaches
/// every other grain through <see cref="GrainFactory"/>, which hides <see cref="Grain.GrainFactory"/> with one scoped to
/// the copy's scenario, so no call of a scenario's grain can reach production (and production's never reaches a scenario).
/// </summary>
public abstract class ScopedGrain : Grain
{
    private IGrainFactory? _scopedGrains;
    private (bool Known, string? Value) _scope;
    private string? _resourceId;

    /// <summary>The grains of this copy's scope, reached by bare ids: production's, or those of its what-if scenario.</summary>
    protected new IGrainFactory GrainFactory => _scopedGrains ??= ScopedGrainFactory.For(base.GrainFactory, Scope);

    /// <summary>The scenario this copy belongs to; null in production.</summary>
    protected string? Scope => _scope.Known ? _scope.Value : (_scope = (true, GrainScope.ScopeOf(this.GetPrimaryKeyString()))).Value;

    /// <summary>The resource id: the grain key without its scope.</summary>
    protected string ResourceId => _resourceId ??= GrainScope.IdOf(this.GetPrimaryKeyString());
}
