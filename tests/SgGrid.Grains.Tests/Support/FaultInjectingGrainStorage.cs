using Orleans.Storage;

namespace SgGrid.Grains.Tests.Support;

/// <summary>
/// The silo's grain storage with a test seam: the next write or clear of a record whose grain id matches a predicate
/// fails once (a storage error at one step of a multi-grain operation). Reads always pass through.
/// </summary>
internal sealed class FaultInjectingGrainStorage(IGrainStorage inner) : IGrainStorage
{
    private readonly Lock _lock = new();
    private Func<GrainId, bool>? _failNext;

    /// <summary>How many writes were failed so far.</summary>
    public int Failed { get; private set; }

    /// <summary>Fails the next write (or clear) of a record whose grain id satisfies <paramref name="matches"/>.</summary>
    public void FailNextWrite(Func<GrainId, bool> matches)
    {
        using var scope = _lock.EnterScope();
        _failNext = matches;
    }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        Fail(grainId);
        return inner.WriteStateAsync(stateName, grainId, grainState);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        Fail(grainId);
        return inner.ClearStateAsync(stateName, grainId, grainState);
    }

    private void Fail(GrainId grainId)
    {
        using var scope = _lock.EnterScope();
        if (_failNext is { } matches && matches(grainId))
        {
            _failNext = null;
            Failed++;
            throw new IOException($"Injected storage failure writing {grainId}.");
        }
    }
}
