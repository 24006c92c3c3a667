using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Compilation;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.Grains.Diagnostics;
using SgGrid.Grains.Hosting;
using Microsoft.Extensions.Options;

namespace SgGrid.Grains.Filters;

/// <summary>
/// Per-silo, content-addressed cache of compiled ENI filters. ENIs with the same ordered groups at the same
/// versions share one immutable <see cref="NetworkInterfaceFilter"/> (design §3: memory at region scale depends on
/// it). Entries are reference-counted by the ENIs using them and dropped when the last one lets go.
/// </summary>
public sealed class CompiledFilterCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly EmulationOptions _emulation;
    private readonly GrainInstruments _instruments;

    public CompiledFilterCache(IOptions<SgGridGrainOptions> options, GrainInstruments instruments)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(instruments);
        _emulation = options.Value.Emulation;
        _instruments = instruments;
        instruments.ObserveFilterCacheEntries(() => _entries.Count);
    }

    /// <summary>Distinct filters held on this silo.</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// The content address of a filter built from <paramref name="snapshots"/> (in association order) of groups in
    /// <paramref name="scope"/>: a scenario's copies have production's ids but versions of their own.
    /// </summary>
    public static string KeyOf(string? scope, IReadOnlyList<GroupSnapshot> snapshots)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        var key = new StringBuilder();
        if (scope is not null)
        {
            key.Append(scope).Append('#');
        }

        foreach (var snapshot in snapshots)
        {
            key.Append(snapshot.GroupId).Append('@').Append(snapshot.Version).Append('|');
        }

        return key.ToString();
    }

    /// <summary>Takes a reference on the filter for <paramref name="snapshots"/>, compiling it on a miss.</summary>
    /// <returns>The filter, or null with <paramref name="error"/> when the groups cannot form a policy (mixed types).</returns>
    public NetworkInterfaceFilter? Acquire(string? scope, IReadOnlyList<GroupSnapshot> snapshots, out Domain.Errors.EcsError? error)
    {
        var key = KeyOf(scope, snapshots);
        error = null;
        while (true)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                if (existing.TryAddReference())
                {
                    _instruments.FilterCacheLookups.Add(1, new KeyValuePair<string, object?>("hit", true));
                    return existing.Filter;
                }

                continue; // being removed; retry
            }

            _instruments.FilterCacheLookups.Add(1, new KeyValuePair<string, object?>("hit", false));
            var started = Stopwatch.GetTimestamp();
            var built = Build(key, snapshots, out error);
            if (built is null)
            {
                return null;
            }

            _instruments.FilterCompileDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
            var entry = new Entry(built);
            if (_entries.TryAdd(key, entry))
            {
                return built;
            }
        }
    }

    /// <summary>Drops a reference taken by <see cref="Acquire"/>.</summary>
    public void Release(NetworkInterfaceFilter? filter)
    {
        if (filter is not null && _entries.TryGetValue(filter.Key, out var entry) && ReferenceEquals(entry.Filter, filter) && entry.RemoveReference())
        {
            _entries.TryRemove(new KeyValuePair<string, Entry>(filter.Key, entry));
        }
    }

    private NetworkInterfaceFilter? Build(string key, IReadOnlyList<GroupSnapshot> snapshots, out Domain.Errors.EcsError? error)
    {
        var result = NetworkInterfacePolicies.Build(snapshots, _emulation);
        if (!result.IsSuccess)
        {
            error = result.Errors[0];
            return null;
        }

        error = null;
        var policy = result.Value!;
        var (ingress, egress) = RuleCompiler.Compile(policy);
        return new NetworkInterfaceFilter(key, policy, ingress, egress);
    }

    private sealed class Entry(NetworkInterfaceFilter filter)
    {
        private int _references = 1;

        public NetworkInterfaceFilter Filter { get; } = filter;

        public bool TryAddReference()
        {
            while (true)
            {
                var current = Volatile.Read(ref _references);
                if (current == 0)
                {
                    return false;
                }

                if (Interlocked.CompareExchange(ref _references, current + 1, current) == current)
                {
                    return true;
                }
            }
        }

        /// <summary>True when this removed the last reference.</summary>
        public bool RemoveReference() => Interlocked.Decrement(ref _references) == 0;
    }
}
