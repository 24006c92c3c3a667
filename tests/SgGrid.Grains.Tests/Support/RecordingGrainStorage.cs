using System.Globalization;
using Orleans.Storage;

namespace SgGrid.Grains.Tests.Support;

/// <summary>
/// An in-memory grain storage with ETag checks like the real providers, which can be told to fail every operation from
/// the Nth on (a storage outage or a silo dying in the middle of a multi-record write). Thread-safe: writes run in parallel.
/// </summary>
internal sealed class RecordingGrainStorage : IGrainStorage
{
    private readonly Dictionary<(string State, GrainId Grain), (object Value, string ETag)> _records = [];
    private readonly Lock _lock = new();
    private int _etags;
    private int _operations;

    private int? _failAfter;

    /// <summary>Writes and clears that succeed (counted from now) before every further one fails; null: never fail.</summary>
    public int? FailAfter
    {
        get => _failAfter;
        set
        {
            using var scope = _lock.EnterScope();
            _failAfter = value;
            _operations = 0;
        }
    }

    public int Writes { get; private set; }

    public IReadOnlyList<(GrainId Grain, object Value)> Records
    {
        get
        {
            using var scope = _lock.EnterScope();
            return [.. _records.Select(r => (r.Key.Grain, r.Value.Value))];
        }
    }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        using var scope = _lock.EnterScope();
        if (_records.TryGetValue((stateName, grainId), out var record))
        {
            grainState.State = (T)record.Value;
            grainState.ETag = record.ETag;
            grainState.RecordExists = true;
        }
        else
        {
            grainState.ETag = null;
            grainState.RecordExists = false;
        }

        return Task.CompletedTask;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await Task.Yield();
        using var scope = _lock.EnterScope();
        Fail();
        Check(stateName, grainId, grainState.ETag);
        var etag = (++_etags).ToString(CultureInfo.InvariantCulture);
        _records[(stateName, grainId)] = (grainState.State!, etag);
        grainState.ETag = etag;
        grainState.RecordExists = true;
        Writes++;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await Task.Yield();
        using var scope = _lock.EnterScope();
        Fail();
        Check(stateName, grainId, grainState.ETag);
        _records.Remove((stateName, grainId));
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private void Fail()
    {
        if (_failAfter is { } limit && _operations++ >= limit)
        {
            throw new InvalidOperationException("Injected storage failure.");
        }
    }

    private void Check(string stateName, GrainId grainId, string? etag)
    {
        var stored = _records.TryGetValue((stateName, grainId), out var record) ? record.ETag : null;
        if (stored != etag)
        {
            throw new InconsistentStateException($"ETag mismatch for {grainId}: stored {stored}, given {etag}.", stored, etag);
        }
    }
}
