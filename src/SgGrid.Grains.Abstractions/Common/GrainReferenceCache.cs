using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace SgGrid.Grains.Abstractions.Common;

/// <summary>
/// Grain references by key, kept per grain factory, for the hot paths (every API request, every fan-out member, every
/// peer of a batch): Orleans 10's <c>GetGrain</c> resolves the interface's grain type by reflection (custom attributes,
/// uncached) and builds a new proxy on every call, which a profile of the API under load put at a tenth of the silo's CPU.
/// </summary>
/// <remarks>
/// A reference is immutable and bound to the runtime of the factory that made it, so each factory has its own tables
/// (a process hosting several silos never hands one silo's reference to another). Each table is bounded: it is emptied
/// when it reaches <see cref="MaxEntriesPerTable"/>, which costs only fresh <c>GetGrain</c> calls.
/// </remarks>
public static class GrainReferenceCache
{
    /// <summary>References kept per grain interface and factory before the table starts over.</summary>
    public const int MaxEntriesPerTable = 1 << 16;

    /// <summary>The same reference <see cref="IGrainFactory.GetGrain{TGrainInterface}(string, string)"/> gives, cached.</summary>
    public static TGrainInterface GetCachedGrain<TGrainInterface>(this IGrainFactory grains, string primaryKey)
        where TGrainInterface : IGrainWithStringKey
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(primaryKey);
        return Tables<string, TGrainInterface>.For(grains).GetOrCreate(grains, primaryKey, static (factory, key) => factory.GetGrain<TGrainInterface>(key));
    }

    /// <summary>The same reference <see cref="IGrainFactory.GetGrain{TGrainInterface}(long, string)"/> gives, cached.</summary>
    public static TGrainInterface GetCachedGrain<TGrainInterface>(this IGrainFactory grains, long primaryKey)
        where TGrainInterface : IGrainWithIntegerKey
    {
        ArgumentNullException.ThrowIfNull(grains);
        return Tables<long, TGrainInterface>.For(grains).GetOrCreate(grains, primaryKey, static (factory, key) => factory.GetGrain<TGrainInterface>(key));
    }

    private static class Tables<TKey, TGrainInterface>
        where TKey : notnull
    {
        private static readonly ConditionalWeakTable<IGrainFactory, Table<TKey, TGrainInterface>> ByFactory = new();

        public static Table<TKey, TGrainInterface> For(IGrainFactory grains) =>
            ByFactory.TryGetValue(grains, out var table) ? table : ByFactory.GetValue(grains, static _ => new Table<TKey, TGrainInterface>());
    }

    private sealed class Table<TKey, TGrainInterface>
        where TKey : notnull
    {
        private readonly ConcurrentDictionary<TKey, TGrainInterface> _references = new();
        private int _count;

        public TGrainInterface GetOrCreate(IGrainFactory grains, TKey key, Func<IGrainFactory, TKey, TGrainInterface> create)
        {
            if (_references.TryGetValue(key, out var reference))
            {
                return reference;
            }

            reference = create(grains, key);
            if (Interlocked.Increment(ref _count) > MaxEntriesPerTable)
            {
                _references.Clear();
                Interlocked.Exchange(ref _count, 1);
            }

            _references.TryAdd(key, reference);
            return reference;
        }
    }
}
