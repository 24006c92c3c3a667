using System.Collections.Concurrent;
using Orleans.Storage;
using SgGrid.Grains.Scenarios;

namespace SgGrid.Grains.Persistence;

/// <summary>
/// A string-keyed map that an owner grain keeps whole in memory but stores in bounded partitions (docs/scale.md): each
/// partition is its own storage record holding a contiguous range of keys, split in two when it passes
/// <see cref="PartitionLimits.SplitBytes"/> and merged with a neighbour when small. The owner persists only the
/// <see cref="PartitionedMapIndex"/> (one bound per partition), and a flush writes only the partitions that changed, so a
/// write costs O(the change) and no stored record grows with the number of entries.
/// </summary>
/// <remarks>
/// <para>
/// Crash safety without transactions: loading keeps, of each partition listed by the owner's index, only the keys inside
/// its range. A flush writes first the partitions whose range is new or grew (a split's new half, a merge's survivor),
/// then the owner (and with it the index), then the partitions whose range shrank or stayed, then clears the ones merged
/// away. Interrupted anywhere, the stored index and partitions still hold every entry whose flush completed: before the
/// owner's write the old index reads the old ranges (a grown partition's extra keys are out of its old range and still in
/// their old partition), after it the new ranges' partitions are already written.
/// </para>
/// <para>Not thread-safe: used from its owner grain's turns; <see cref="FlushAsync"/> calls must not overlap (the owner's <see cref="GroupCommit"/> runs one at a time).</para>
/// </remarks>
internal sealed class PartitionedMap<TValue>
    where TValue : class
{
    private const string StateName = MapPartitions.StateName;
    private const int IoConcurrency = 16;

    private readonly IGrainStorage _storage;
    private readonly GrainId _owner;
    private readonly string _name;
    private readonly PartitionedMapIndex _index;
    private readonly Func<string, TValue, int> _sizeOf;
    private readonly PartitionLimits _limits;
    private readonly List<Partition> _partitions = [];
    /// <summary>Each partition record's ETag; written by partition writes that run in parallel (off the grain scheduler too).</summary>
    private readonly ConcurrentDictionary<int, string?> _etags = new();
    private int _nextNumber;

    /// <param name="storage">SgGrid's grain storage.</param>
    /// <param name="owner">The owner grain: partitions are stored under keys derived from its id and <paramref name="name"/>.</param>
    /// <param name="name">Distinguishes several maps of one owner.</param>
    /// <param name="index">The index inside the owner's persisted state; the map replaces its contents on each flush.</param>
    /// <param name="sizeOf">An upper estimate of an entry's stored size in bytes (key included).</param>
    /// <param name="limits">Partition bounds.</param>
    public PartitionedMap(IGrainStorage storage, GrainId owner, string name, PartitionedMapIndex index, Func<string, TValue, int> sizeOf, PartitionLimits limits)
    {
        _storage = storage;
        _owner = owner;
        _name = name;
        _index = index;
        _sizeOf = sizeOf;
        _limits = limits;
        _nextNumber = index.NextNumber;
        if (index.Partitions.Count == 0)
        {
            _partitions.Add(new Partition(_nextNumber++, ""));
        }
        else
        {
            _partitions.AddRange(index.Partitions.Select(bound => new Partition(bound.Number, bound.Lower)));
        }
    }

    public int Count { get; private set; }

    /// <summary>How many partitions the map has now (the stored index may lag until the next flush).</summary>
    public int PartitionCount => _partitions.Count;

    public IEnumerable<KeyValuePair<string, TValue>> Entries => _partitions.SelectMany(p => p.Entries);

    /// <summary>The estimated stored size of each partition, in key order (for tests and diagnostics).</summary>
    public IEnumerable<long> PartitionBytes => _partitions.Select(p => p.Bytes);

    /// <summary>Reads every partition the index lists, keeping of each only the keys inside its range.</summary>
    public async Task LoadAsync()
    {
        var states = await BoundedConcurrency.SelectAsync(_partitions, IoConcurrency, async partition =>
        {
            var state = new GrainState<MapPartitionState<TValue>>(new MapPartitionState<TValue>());
            await _storage.ReadStateAsync(StateName, PartitionId(partition.Number), state);
            _etags[partition.Number] = state.ETag;
            return state.State?.Entries ?? [];
        });
        Count = 0;
        for (var i = 0; i < _partitions.Count; i++)
        {
            var partition = _partitions[i];
            var upper = i + 1 < _partitions.Count ? _partitions[i + 1].Lower : null;
            partition.Entries.Clear();
            partition.Bytes = 0;
            foreach (var (key, value) in states[i])
            {
                if (string.CompareOrdinal(key, partition.Lower) >= 0 && (upper is null || string.CompareOrdinal(key, upper) < 0))
                {
                    partition.Entries[key] = value;
                    partition.Bytes += _sizeOf(key, value);
                    Count++;
                }
            }
        }
    }

    public bool TryGetValue(string key, out TValue value)
    {
        var found = Find(key).Entries.TryGetValue(key, out var existing);
        value = existing!;
        return found;
    }

    public bool ContainsKey(string key) => Find(key).Entries.ContainsKey(key);

    /// <summary>
    /// Whether <see cref="Set"/> may store this entry within the bounds: false only when a new key would have to open a
    /// partition beyond <see cref="PartitionLimits.MaxPartitions"/>. Owners turn false into a documented quota error.
    /// </summary>
    public bool HasRoomFor(string key, TValue value)
    {
        var partition = Find(key);
        return partition.Entries.ContainsKey(key)
            || partition.Bytes + _sizeOf(key, value) <= _limits.SplitBytes
            || _partitions.Count < _limits.MaxPartitions;
    }

    /// <summary>Adds or replaces an entry (in memory; <see cref="FlushAsync"/> stores it).</summary>
    public void Set(string key, TValue value)
    {
        var index = IndexOf(key);
        var partition = _partitions[index];
        if (partition.Entries.TryGetValue(key, out var previous))
        {
            partition.Bytes -= _sizeOf(key, previous);
        }
        else
        {
            Count++;
        }

        partition.Entries[key] = value;
        partition.Bytes += _sizeOf(key, value);
        partition.Dirty = true;
        if (partition.Bytes > _limits.SplitBytes && partition.Entries.Count > 1 && _partitions.Count < _limits.MaxPartitions)
        {
            Split(index);
        }
    }

    public bool Remove(string key)
    {
        var index = IndexOf(key);
        var partition = _partitions[index];
        if (!partition.Entries.Remove(key, out var previous))
        {
            return false;
        }

        Count--;
        partition.Bytes -= _sizeOf(key, previous);
        partition.Dirty = true;
        if (partition.Bytes < _limits.MergeBytes && _partitions.Count > 1)
        {
            var lower = index > 0 ? index - 1 : index;
            var upper = _partitions[lower + 1];
            if (upper.Entries.Count == 0 || _partitions[lower].Bytes + upper.Bytes <= _limits.SplitBytes / 2)
            {
                Merge(lower);
            }
        }

        return true;
    }

    /// <summary>
    /// Stores what changed since the last flush: new and grown partitions, then the owner through
    /// <paramref name="writeOwner"/> (with the index updated), then the others, then clears merged-away partitions.
    /// </summary>
    public async Task FlushAsync(Func<Task> writeOwner)
    {
        var stored = Ranges(_index.Partitions);
        var bounds = _partitions.Select(p => new MapPartitionBound { Number = p.Number, Lower = p.Lower }).ToList();
        var live = Ranges(bounds);
        var first = new List<(Partition Partition, MapPartitionState<TValue> Snapshot)>();
        var then = new List<(Partition Partition, MapPartitionState<TValue> Snapshot)>();
        foreach (var partition in _partitions.Where(p => p.Dirty))
        {
            var snapshot = new MapPartitionState<TValue> { Entries = new Dictionary<string, TValue>(partition.Entries, StringComparer.Ordinal) };
            partition.Dirty = false;
            var grew = !stored.TryGetValue(partition.Number, out var old) || Grew(old, live[partition.Number]);
            (grew ? first : then).Add((partition, snapshot));
        }

        var removed = stored.Keys.Where(number => !live.ContainsKey(number)).ToList();
        var previousBounds = _index.Partitions;
        var previousNext = _index.NextNumber;
        var ownerWritten = false;
        try
        {
            await BoundedConcurrency.ForEachAsync(first, IoConcurrency, item => WriteAsync(item.Partition.Number, item.Snapshot));
            _index.Partitions = bounds;
            _index.NextNumber = _nextNumber;
            await writeOwner();
            ownerWritten = true;
            await BoundedConcurrency.ForEachAsync(then, IoConcurrency, item => WriteAsync(item.Partition.Number, item.Snapshot));
            await BoundedConcurrency.ForEachAsync(removed, IoConcurrency, ClearAsync);
        }
        catch
        {
            // Whatever this flush did not store is stored by the next one; the index the owner holds is the last one it wrote for sure.
            foreach (var (partition, _) in first.Concat(then))
            {
                partition.Dirty = true;
            }

            if (!ownerWritten)
            {
                _index.Partitions = previousBounds;
                _index.NextNumber = previousNext;
            }

            throw;
        }
    }

    /// <summary>Clears every stored partition and empties the map (the owner clears its own state, and with it the index).</summary>
    public async Task ClearAsync()
    {
        var numbers = _partitions.Select(p => p.Number).Union(_index.Partitions.Select(b => b.Number)).ToList();
        await BoundedConcurrency.ForEachAsync(numbers, IoConcurrency, ClearAsync);
        _partitions.Clear();
        _partitions.Add(new Partition(_nextNumber++, ""));
        _index.Partitions = [];
        _index.NextNumber = _nextNumber;
        Count = 0;
    }

    private GrainId PartitionId(int number) => MapPartitions.IdOf(_owner, _name, number);

    private async Task WriteAsync(int number, MapPartitionState<TValue> snapshot)
    {
        var id = PartitionId(number);
        if (!_etags.TryGetValue(number, out var etag))
        {
            // A partition number this activation never read: a write interrupted before the owner's may have left a record.
            var probe = new GrainState<MapPartitionState<TValue>>(new MapPartitionState<TValue>());
            await _storage.ReadStateAsync(StateName, id, probe);
            etag = probe.ETag;
        }

        var state = new GrainState<MapPartitionState<TValue>>(snapshot, etag);
        await _storage.WriteStateAsync(StateName, id, state);
        _etags[number] = state.ETag;
    }

    private async Task ClearAsync(int number)
    {
        var id = PartitionId(number);
        var state = new GrainState<MapPartitionState<TValue>>(new MapPartitionState<TValue>());
        if (_etags.TryGetValue(number, out var etag))
        {
            state.ETag = etag;
            state.RecordExists = etag is not null;
        }
        else
        {
            await _storage.ReadStateAsync(StateName, id, state);
        }

        if (state.RecordExists || state.ETag is not null)
        {
            await _storage.ClearStateAsync(StateName, id, state);
        }

        _etags.TryRemove(number, out _);
    }

    private Partition Find(string key) => _partitions[IndexOf(key)];

    /// <summary>The last partition whose lower key is at most <paramref name="key"/> (binary search).</summary>
    private int IndexOf(string key)
    {
        int low = 0, high = _partitions.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (string.CompareOrdinal(_partitions[middle].Lower, key) <= 0)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    private void Split(int index)
    {
        var partition = _partitions[index];
        var keys = partition.Entries.Keys.Order(StringComparer.Ordinal).ToList();
        var upper = new Partition(_nextNumber++, keys[keys.Count / 2]) { Dirty = true };
        foreach (var key in keys.Skip(keys.Count / 2))
        {
            partition.Entries.Remove(key, out var value);
            var size = _sizeOf(key, value!);
            partition.Bytes -= size;
            upper.Entries[key] = value!;
            upper.Bytes += size;
        }

        _partitions.Insert(index + 1, upper);
    }

    /// <summary>Moves the entries of the partition after <paramref name="index"/> into it and drops that partition.</summary>
    private void Merge(int index)
    {
        var survivor = _partitions[index];
        var absorbed = _partitions[index + 1];
        foreach (var (key, value) in absorbed.Entries)
        {
            survivor.Entries[key] = value;
        }

        survivor.Bytes += absorbed.Bytes;
        survivor.Dirty |= absorbed.Entries.Count > 0;
        _partitions.RemoveAt(index + 1);
    }

    private static Dictionary<int, (string Lower, string? Upper)> Ranges(List<MapPartitionBound> bounds)
    {
        var ranges = new Dictionary<int, (string, string?)>(bounds.Count);
        for (var i = 0; i < bounds.Count; i++)
        {
            ranges[bounds[i].Number] = (bounds[i].Lower, i + 1 < bounds.Count ? bounds[i + 1].Lower : null);
        }

        return ranges;
    }

    private static bool Grew((string Lower, string? Upper) old, (string Lower, string? Upper) now) =>
        string.CompareOrdinal(now.Lower, old.Lower) < 0 ||
        (old.Upper is not null && (now.Upper is null || string.CompareOrdinal(now.Upper, old.Upper) > 0));

    private sealed class Partition(int number, string lower)
    {
        public int Number { get; } = number;
        public string Lower { get; } = lower;
        public Dictionary<string, TValue> Entries { get; } = new(StringComparer.Ordinal);
        public long Bytes { get; set; }
        public bool Dirty { get; set; }
    }
}
