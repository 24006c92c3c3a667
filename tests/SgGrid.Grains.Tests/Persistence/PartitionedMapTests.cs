using SgGrid.Grains.Persistence;
using SgGrid.Grains.Tests.Support;

namespace SgGrid.Grains.Tests.Persistence;

/// <summary>
/// The bounded-partition map (docs/scale.md) against a brute-force dictionary: what a reload from storage reads equals
/// what was acknowledged, partitions stay within their bound, a change writes only what it touched, and a flush
/// interrupted at any storage operation loses nothing acknowledged.
/// </summary>
public sealed class PartitionedMapTests
{
    private static readonly PartitionLimits Small = new() { SplitBytes = 2048, MaxPartitions = 512 };
    private static readonly GrainId Owner = GrainId.Create("test-owner", "tenant");

    /// <summary>The owner's record: its index, written as a copy like a serializing storage would.</summary>
    private sealed class OwnerRecord(RecordingGrainStorage storage)
    {
        public PartitionedMapIndex Index { get; } = new();

        public Task WriteAsync()
        {
            var copy = new PartitionedMapIndex { Partitions = [.. Index.Partitions], NextNumber = Index.NextNumber };
            var state = new GrainState<PartitionedMapIndex>(copy, Stored(storage)?.ETag);
            return storage.WriteStateAsync("state", Owner, state);
        }

        public static GrainState<PartitionedMapIndex>? Stored(RecordingGrainStorage storage)
        {
            var state = new GrainState<PartitionedMapIndex>(new PartitionedMapIndex());
            storage.ReadStateAsync("state", Owner, state).GetAwaiter().GetResult();
            return state.RecordExists ? state : null;
        }
    }

    private static int SizeOf(string key, string value) => key.Length + value.Length + 8;

    private static PartitionedMap<string> NewMap(RecordingGrainStorage storage, PartitionedMapIndex index, PartitionLimits? limits = null) =>
        new(storage, Owner, "entries", index, SizeOf, limits ?? Small);

    /// <summary>A new map over what storage holds now, as a fresh activation would see it.</summary>
    private static async Task<Dictionary<string, string>> ReloadAsync(RecordingGrainStorage storage)
    {
        var stored = OwnerRecord.Stored(storage)?.State ?? new PartitionedMapIndex();
        var index = new PartitionedMapIndex { Partitions = [.. stored.Partitions], NextNumber = stored.NextNumber };
        var map = NewMap(storage, index);
        await map.LoadAsync();
        Assert.Equal(map.Count, map.Entries.Count());
        return map.Entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
    }

    private static string Key(Random random) => $"eni-{random.Next(600):x4}{random.Next(4)}";

    private static string Value(Random random) => new('v', random.Next(10, 200));

    /// <summary>Applies one random set or remove to the map and the model.</summary>
    private static string Change(Random random, PartitionedMap<string> map, Dictionary<string, string> model)
    {
        var key = Key(random);
        if (random.Next(3) == 0)
        {
            Assert.Equal(model.Remove(key), map.Remove(key));
        }
        else
        {
            var value = Value(random);
            map.Set(key, value);
            model[key] = value;
        }

        return key;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task RandomChanges_ReloadEqualsModelAndPartitionsStayBounded(int seed)
    {
        var random = new Random(seed);
        var storage = new RecordingGrainStorage();
        var owner = new OwnerRecord(storage);
        var map = NewMap(storage, owner.Index);
        var model = new Dictionary<string, string>(StringComparer.Ordinal);
        var peak = 0;
        for (var step = 0; step < 4000; step++)
        {
            // Grow for a while, then shrink, so splits and merges both happen.
            if (step > 2500 && model.Count > 0 && random.Next(2) == 0)
            {
                var victim = model.Keys.ElementAt(random.Next(model.Count));
                model.Remove(victim);
                Assert.True(map.Remove(victim));
            }
            else
            {
                Change(random, map, model);
            }

            peak = Math.Max(peak, map.PartitionCount);
            if (step % 37 == 0)
            {
                await map.FlushAsync(owner.WriteAsync);
                Assert.Equal(model, await ReloadAsync(storage));
            }

            Assert.All(map.PartitionBytes, bytes => Assert.True(bytes <= Small.SplitBytes, $"a partition of {bytes} bytes"));
        }

        await map.FlushAsync(owner.WriteAsync);
        Assert.Equal(model, await ReloadAsync(storage));
        Assert.Equal(model.Count, map.Count);
        Assert.True(peak > 10, $"only {peak} partitions at the peak");
        Assert.True(map.PartitionCount < peak, "merges gave partitions back as the map shrank");

        // Storage holds the live partitions and the owner, nothing left behind by splits and merges.
        Assert.Equal(map.PartitionCount + 1, storage.Records.Count);
    }

    [Fact]
    public async Task OneChange_WritesItsPartitionAndTheOwnerOnly()
    {
        var random = new Random(7);
        var storage = new RecordingGrainStorage();
        var owner = new OwnerRecord(storage);
        var map = NewMap(storage, owner.Index);
        for (var i = 0; i < 1000; i++)
        {
            map.Set($"eni-{i:x5}", Value(random));
        }

        await map.FlushAsync(owner.WriteAsync);
        Assert.True(map.PartitionCount > 20);

        var before = storage.Writes;
        map.Set("eni-00100", "changed");
        await map.FlushAsync(owner.WriteAsync);

        Assert.Equal(2, storage.Writes - before);
    }

    [Fact]
    public void HasRoomFor_NewKeyOfAFullPartitionWhenNoPartitionIsLeft_IsFalse()
    {
        var storage = new RecordingGrainStorage();
        var map = NewMap(storage, new PartitionedMapIndex(), new PartitionLimits { SplitBytes = 100, MaxPartitions = 2 });
        for (var i = 0; map.PartitionCount < 2 || map.HasRoomFor($"k{i:000}", new string('v', 40)); i++)
        {
            Assert.True(map.HasRoomFor($"k{i:000}", new string('v', 40)));
            map.Set($"k{i:000}", new string('v', 40));
            Assert.True(i < 100, "the map never filled");
        }

        var full = map.Entries.First().Key;
        Assert.True(map.HasRoomFor(full, "replacing an entry always fits"));
        Assert.False(map.HasRoomFor("k999", new string('v', 40)));
    }

    /// <summary>
    /// A flush that dies after any number of storage operations: a fresh activation reads every acknowledged entry
    /// untouched by that flush as acknowledged, and each touched one either as before or as changed.
    /// </summary>
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public async Task FlushInterruptedAtAnyOperation_LosesNothingAcknowledged(int seed)
    {
        for (var failAfter = 0; ; failAfter++)
        {
            var random = new Random(seed);
            var storage = new RecordingGrainStorage();
            var owner = new OwnerRecord(storage);
            var map = NewMap(storage, owner.Index);
            var acknowledged = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < 600; i++)
            {
                Change(random, map, acknowledged);
            }

            await map.FlushAsync(owner.WriteAsync);

            // A burst that splits, merges and rewrites partitions, in one flush.
            var changed = new Dictionary<string, string>(acknowledged, StringComparer.Ordinal);
            var touched = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < 400; i++)
            {
                touched.Add(Change(random, map, changed));
            }

            foreach (var victim in acknowledged.Keys.Where((_, i) => i % 3 == 0).ToList())
            {
                map.Remove(victim);
                changed.Remove(victim);
                touched.Add(victim);
            }

            storage.FailAfter = failAfter;
            var completed = true;
            try
            {
                await map.FlushAsync(owner.WriteAsync);
            }
            catch (InvalidOperationException)
            {
                completed = false;
            }

            var read = await ReloadAsync(storage);
            if (completed)
            {
                Assert.Equal(changed, read);
                Assert.True(failAfter > 3, "the burst needed several writes");
                return;
            }

            foreach (var key in acknowledged.Keys.Union(changed.Keys).Union(read.Keys))
            {
                read.TryGetValue(key, out var now);
                acknowledged.TryGetValue(key, out var old);
                changed.TryGetValue(key, out var @new);
                if (touched.Contains(key))
                {
                    Assert.True(now == old || now == @new, $"{key} after failing at {failAfter}: neither before nor after");
                }
                else
                {
                    Assert.True(now == old, $"{key} lost or altered after failing at {failAfter}");
                }
            }

            // The next flush, storage back, stores everything.
            storage.FailAfter = null;
            await map.FlushAsync(owner.WriteAsync);
            Assert.Equal(changed, await ReloadAsync(storage));
        }
    }
}
