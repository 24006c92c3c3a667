namespace SgGrid.Grains.Abstractions.Scenarios;

/// <summary>
/// Grain keys of a what-if scenario: a scenario's copy of a resource is the grain keyed <c>{id}@{scenarioId}</c>, so its
/// resources keep production's ids while living in grains of their own. Production keys carry no scope.
/// </summary>
/// <remarks>
/// Resource ids never contain <see cref="Separator"/> (they are a prefix and lowercase alphanumerics), so a key splits
/// unambiguously. Ids inside states and messages stay bare; only grain lookups are scoped (<see cref="ScopedGrainFactory"/>).
/// </remarks>
public static class GrainScope
{
    public const char Separator = '@';

    /// <summary>The grain key of <paramref name="id"/> in <paramref name="scope"/> (null: production).</summary>
    public static string Key(string id, string? scope)
    {
        ArgumentNullException.ThrowIfNull(id);
        return scope is null ? id : string.Concat(id, "@", scope);
    }

    /// <summary>The resource id a grain key names.</summary>
    public static string IdOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var at = key.LastIndexOf(Separator);
        return at < 0 ? key : key[..at];
    }

    /// <summary>The scope a grain key lives in; null for production.</summary>
    public static string? ScopeOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var at = key.LastIndexOf(Separator);
        return at < 0 ? null : key[(at + 1)..];
    }
}
