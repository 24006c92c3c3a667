using Microsoft.Extensions.Options;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Analysis;
using SgGrid.Grains.Hosting;

namespace SgGrid.Grains.Scenarios;

/// <summary>
/// The production worlds of a silo, shared by every scenario: one per VPC, kept at its latest version, built by one
/// scenario at a time while the others of that VPC wait and then reuse it; the policies of every VPC share one bounded
/// <see cref="PolicyCache"/>. At most <see cref="AnalysisOptions.MaxCachedProductionWorlds"/> VPCs are kept (the least
/// recently used is dropped).
/// </summary>
public sealed class ProductionWorlds : IDisposable
{
    private readonly Dictionary<(string AccountId, string RegionId, string VpcId), Entry> _worlds = [];
    private readonly PolicyCache _policies;
    private readonly SgGridGrainOptions _grains;
    private readonly int _capacity;
    private long _clock;

    public ProductionWorlds(IOptions<AnalysisOptions> analysis, IOptions<SgGridGrainOptions> grains)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(grains);
        _policies = new PolicyCache(analysis.Value.MaxCachedProductionPolicies);
        _capacity = analysis.Value.MaxCachedProductionWorlds;
        _grains = grains.Value;
    }

    /// <summary>VPCs whose production world the silo keeps.</summary>
    public int Count
    {
        get
        {
            lock (_worlds)
            {
                return _worlds.Count;
            }
        }
    }

    /// <summary>Production policies the silo keeps.</summary>
    public int PolicyCount => _policies.Count;

    /// <summary>Production's world of <paramref name="vpcId"/> now (rebuilt only where its ENIs or groups changed).</summary>
    internal async Task<ScenarioWorld> GetAsync(IGrainFactory grains, ResourceOwner owner, string vpcId, AnalysisLease analysis)
    {
        var entry = EntryOf((owner.AccountId, owner.RegionId, vpcId));
        try
        {
            await entry.Building.WaitAsync(analysis.Token);
        }
        catch (OperationCanceledException)
        {
            analysis.ThrowIfStopped();
            throw;
        }

        try
        {
            return await entry.Builder.BuildAsync(grains, null, owner, vpcId, analysis);
        }
        finally
        {
            entry.Building.Release();
        }
    }

    private Entry EntryOf((string, string, string) key)
    {
        lock (_worlds)
        {
            if (!_worlds.TryGetValue(key, out var entry))
            {
                if (_worlds.Count >= _capacity)
                {
                    // Dropped, not disposed: a scenario may still be waiting on it; its semaphore holds no wait handle.
                    _worlds.Remove(_worlds.MinBy(w => w.Value.LastUsed).Key);
                }

                entry = new Entry(new ScenarioWorldBuilder(_grains.Emulation, _policies));
                _worlds[key] = entry;
            }

            entry.LastUsed = ++_clock;
            return entry;
        }
    }

    public void Dispose()
    {
        lock (_worlds)
        {
            foreach (var entry in _worlds.Values)
            {
                entry.Dispose();
            }

            _worlds.Clear();
        }
    }

    private sealed class Entry(ScenarioWorldBuilder builder) : IDisposable
    {
        public ScenarioWorldBuilder Builder { get; } = builder;

        /// <summary>One build of this VPC's world at a time: the others wait, then find it built.</summary>
        public SemaphoreSlim Building { get; } = new(1, 1);

        public long LastUsed { get; set; }

        public void Dispose() => Building.Dispose();
    }
}
