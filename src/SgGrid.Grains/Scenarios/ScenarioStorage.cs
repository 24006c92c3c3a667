using Orleans.Serialization;
using Orleans.Storage;

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
