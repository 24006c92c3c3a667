using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Orleans.Runtime;

namespace SgGrid.Grains.Abstractions.Scenarios;

/// <summary>
/// A grain factory that resolves string-keyed grains within one scope (<see cref="GrainScope"/>): the grains of a
/// scenario reach one another, never production's, while passing bare ids around exactly as production grains do.
/// </summary>
/// <remarks>
/// Integer- and Guid-keyed grains are process-wide services and are not scoped; <see cref="GrainId"/> and raw key span
/// lookups name a grain exactly and pass through.
/// </remarks>
public sealed class ScopedGrainFactory : IGrainFactory
{
    /// <summary>One scoped factory per root factory and scope, so grain references cached per factory are reused across requests.</summary>
    private static readonly ConditionalWeakTable<IGrainFactory, ConcurrentDictionary<string, ScopedGrainFactory>> Factories = new();

    /// <summary>Scoped factories kept per root factory before the table starts over.</summary>
    private const int MaxScopesPerFactory = 256;

    private readonly IGrainFactory _inner;

    private ScopedGrainFactory(IGrainFactory inner, string scope)
    {
        _inner = inner;
        Scope = scope;
    }

    public string Scope { get; }

    /// <summary><paramref name="inner"/> itself for production (null scope), else a factory scoped to <paramref name="scope"/>.</summary>
    public static IGrainFactory For(IGrainFactory inner, string? scope)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (scope is null)
        {
            return inner;
        }

        var root = inner is ScopedGrainFactory scoped ? scoped._inner : inner;
        var factories = Factories.GetValue(root, static _ => new ConcurrentDictionary<string, ScopedGrainFactory>(StringComparer.Ordinal));
        if (factories.Count >= MaxScopesPerFactory && !factories.ContainsKey(scope))
        {
            factories.Clear(); // deleted scenarios' factories (and their cached references) do not pile up
        }

        return factories.GetOrAdd(scope, static (key, r) => new ScopedGrainFactory(r, key), root);
    }

    public TGrainInterface GetGrain<TGrainInterface>(string primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithStringKey =>
        _inner.GetGrain<TGrainInterface>(GrainScope.Key(primaryKey, Scope), grainClassNamePrefix);

    public IGrain GetGrain(Type grainInterfaceType, string grainPrimaryKey) =>
        _inner.GetGrain(grainInterfaceType, GrainScope.Key(grainPrimaryKey, Scope));

    public TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithGuidKey =>
        _inner.GetGrain<TGrainInterface>(primaryKey, grainClassNamePrefix);

    public TGrainInterface GetGrain<TGrainInterface>(long primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithIntegerKey =>
        _inner.GetGrain<TGrainInterface>(primaryKey, grainClassNamePrefix);

    public TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey, string keyExtension, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithGuidCompoundKey =>
        _inner.GetGrain<TGrainInterface>(primaryKey, keyExtension, grainClassNamePrefix);

    public TGrainInterface GetGrain<TGrainInterface>(long primaryKey, string keyExtension, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithIntegerCompoundKey =>
        _inner.GetGrain<TGrainInterface>(primaryKey, keyExtension, grainClassNamePrefix);

    public TGrainObserverInterface CreateObjectReference<TGrainObserverInterface>(IGrainObserver obj)
        where TGrainObserverInterface : IGrainObserver =>
        _inner.CreateObjectReference<TGrainObserverInterface>(obj);

    public void DeleteObjectReference<TGrainObserverInterface>(IGrainObserver obj)
        where TGrainObserverInterface : IGrainObserver =>
        _inner.DeleteObjectReference<TGrainObserverInterface>(obj);

    public IGrain GetGrain(Type grainInterfaceType, Guid grainPrimaryKey) => _inner.GetGrain(grainInterfaceType, grainPrimaryKey);

    public IGrain GetGrain(Type grainInterfaceType, long grainPrimaryKey) => _inner.GetGrain(grainInterfaceType, grainPrimaryKey);

    public IGrain GetGrain(Type grainInterfaceType, Guid grainPrimaryKey, string keyExtension) => _inner.GetGrain(grainInterfaceType, grainPrimaryKey, keyExtension);

    public IGrain GetGrain(Type grainInterfaceType, long grainPrimaryKey, string keyExtension) => _inner.GetGrain(grainInterfaceType, grainPrimaryKey, keyExtension);

    public TGrainInterface GetGrain<TGrainInterface>(GrainId grainId)
        where TGrainInterface : IAddressable =>
        _inner.GetGrain<TGrainInterface>(grainId);

    public IAddressable GetGrain(GrainId grainId) => _inner.GetGrain(grainId);

    public IAddressable GetGrain(GrainId grainId, GrainInterfaceType interfaceType) => _inner.GetGrain(grainId, interfaceType);

    // Raw key spans may encode integer keys: they pass through (SgGrid does not look grains up this way).
    public IAddressable GetGrain(Type grainInterfaceType, IdSpan grainPrimaryKey, string keyExtension) =>
        _inner.GetGrain(grainInterfaceType, grainPrimaryKey, keyExtension);

    public IAddressable GetGrain(Type grainInterfaceType, IdSpan grainPrimaryKey) => _inner.GetGrain(grainInterfaceType, grainPrimaryKey);
}
