using Orleans.Serialization;
using Orleans.Storage;
using SgGrid.Grains.Persistence;

namespace SgGrid.Grains.Scenarios;

/// <summary>
/// Reads and writes grain states in SgGrid's storage directly, for cloning production grains into a scenario's scoped
/// grains before those activate (and for clearing them when the scenario goes).
/// </summary>
/// <remarks>Every state read is deep-copied, so a scenario never shares a mutable object with production.</remarks>
internal sealed class ScenarioStorage(IGrainStorage storage, DeepCopier copier)
{
    /// <summary>The name every SgGrid grain gives its persistent state.</summary>
    private const string StateName = "state";

    /// <summary>The state named <paramref name="stateName"/> (the grain's main state by default; a group's member pages have their own names).</summary>
    public async Task<T?> ReadAsync<T>(GrainId grainId, string stateName = StateName)
        where T : class, new()
    {
        var state = new GrainState<T>(new T());
        await storage.ReadStateAsync(stateName, grainId, state);
        return state.RecordExists ? copier.Copy(state.State) : null;
    }

    /// <summary>Writes <paramref name="value"/> as the state of <paramref name="grainId"/>, which must not be active yet.</summary>
    public async Task WriteAsync<T>(GrainId grainId, T value, string stateName = StateName)
        where T : class, new()
    {
        var existing = new GrainState<T>(new T());
        await storage.ReadStateAsync(stateName, grainId, existing);
        await storage.WriteStateAsync(stateName, grainId, new GrainState<T>(value, existing.ETag));
    }

    /// <summary>
    /// Copies the stored partitions of a map of <paramref name="from"/> (listed by <paramref name="index"/>) to the same
    /// map of <paramref name="to"/>, which must not be active yet (docs/scale.md).
    /// </summary>
    public Task CopyPartitionsAsync<TValue>(GrainId from, GrainId to, string name, PartitionedMapIndex index) =>
        Task.WhenAll(index.Partitions.Select(async bound =>
        {
            if (await ReadAsync<MapPartitionState<TValue>>(MapPartitions.IdOf(from, name, bound.Number)) is { } partition)
            {
                await WriteAsync(MapPartitions.IdOf(to, name, bound.Number), partition);
            }
        }));

    /// <summary>Clears the stored partitions of a map of <paramref name="owner"/> listed by <paramref name="index"/>.</summary>
    public Task ClearPartitionsAsync<TValue>(GrainId owner, string name, PartitionedMapIndex index) =>
        Task.WhenAll(index.Partitions.Select(bound => ClearAsync<MapPartitionState<TValue>>(MapPartitions.IdOf(owner, name, bound.Number))));

    public async Task ClearAsync<T>(GrainId grainId, string stateName = StateName)
        where T : class, new()
    {
        var existing = new GrainState<T>(new T());
        await storage.ReadStateAsync(stateName, grainId, existing);
        if (existing.RecordExists)
        {
            await storage.ClearStateAsync(stateName, grainId, existing);
        }
    }
}
