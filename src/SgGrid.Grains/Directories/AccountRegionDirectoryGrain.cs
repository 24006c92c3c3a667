using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Orleans.Storage;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Hosting;
using SgGrid.Grains.Persistence;

namespace SgGrid.Grains.Directories;

/// <summary>
/// One tenant's resources in one region, indexed by kind and sorted by id descending. Reentrant so that concurrent
/// registrations share one storage write (group commit): every change is applied in memory at once, and a caller returns
/// when a write that includes its change has completed.
/// </summary>
/// <remarks>
/// The summaries are stored in bounded partitions by id range (<see cref="PartitionedMap{TValue}"/>, docs/scale.md): a
/// registration writes the one partition it changed and the small root; no stored record grows with the tenant. A listing
/// scans the kind's summaries once in memory (filters and TotalCount); paging by token resumes after the last id.
/// </remarks>
[Reentrant]
public sealed class AccountRegionDirectoryGrain(
    [PersistentState("state", SgGridStorage.Name)] IPersistentState<AccountRegionDirectoryState> state,
    IOptions<SgGridGrainOptions> options) : Grain, IAccountRegionDirectoryGrain
{
    private static readonly IComparer<string> Descending = Comparer<string>.Create((left, right) => string.CompareOrdinal(right, left));

    private readonly Dictionary<ResourceKind, SortedDictionary<string, ResourceSummary>> _byKind = [];
    private PartitionedMap<ResourceSummary> _summaries = null!;
    private GroupCommit? _commit;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _summaries = new PartitionedMap<ResourceSummary>(
            ServiceProvider.GetRequiredKeyedService<IGrainStorage>(SgGridStorage.Name),
            this.GetGrainId(),
            "summaries",
            state.State.Summaries,
            ResourceSummarySize.Estimate,
            options.Value.Partitions);
        await _summaries.LoadAsync();
        foreach (var (_, summary) in _summaries.Entries)
        {
            Index(summary);
        }

        if (state.State.Resources.Count > 0)
        {
            // An earlier version kept every summary in this one record: move them into partitions once.
            foreach (var summary in state.State.Resources.Values)
            {
                Store(summary);
            }

            state.State.Resources = [];
            await PersistAsync();
        }
    }

    public Task<bool> RegisterAsync(ResourceSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentException.ThrowIfNullOrEmpty(summary.Id);
        return StoreWithinBoundsAsync(summary);
    }

    public Task<bool> RegisterWithinLimitAsync(ResourceSummary summary, int limit)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentException.ThrowIfNullOrEmpty(summary.Id);
        // Check and store in one turn: concurrent creations cannot both take the last place.
        var existing = _byKind.TryGetValue(summary.Kind, out var index) ? index.Count : 0;
        if (!_summaries.ContainsKey(summary.Id) && existing >= limit)
        {
            return Task.FromResult(false);
        }

        return StoreWithinBoundsAsync(summary);
    }

    public async Task<bool> UpdateAsync(ResourceSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (!_summaries.ContainsKey(summary.Id))
        {
            return false;
        }

        Store(summary);
        await PersistAsync();
        return true;
    }

    public Task UnregisterAsync(ResourceKind kind, string id)
    {
        if (!_summaries.TryGetValue(id, out var existing) || existing.Kind != kind)
        {
            return Task.CompletedTask;
        }

        _summaries.Remove(id);
        _byKind[kind].Remove(id);
        return PersistAsync();
    }

    public async Task RegisterManyAsync(ImmutableArray<ResourceSummary> summaries)
    {
        foreach (var summary in summaries)
        {
            Store(summary);
        }

        await PersistAsync();
    }

    public async Task ClearAsync()
    {
        await _summaries.ClearAsync();
        _byKind.Clear();
        await state.ClearStateAsync();
        state.State = new AccountRegionDirectoryState { Summaries = state.State.Summaries };
        DeactivateOnIdle();
    }

    public Task<ResourcePage> ListAsync(ResourceQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!_byKind.TryGetValue(query.Kind, out var index))
        {
            index = [];
        }

        IEnumerable<ResourceSummary> candidates = query.Ids.IsDefaultOrEmpty
            ? index.Values
            : query.Ids.Distinct(StringComparer.Ordinal).Order(Descending)
                .Select(id => index.GetValueOrDefault(id)).OfType<ResourceSummary>();

        var total = 0;
        var items = ImmutableArray.CreateBuilder<ResourceSummary>();
        if (query.UsesTokens)
        {
            var size = Clamp(query.MaxResults);
            var after = string.IsNullOrEmpty(query.NextToken) ? null : query.NextToken;
            var more = false;
            foreach (var summary in candidates.Where(s => ResourceQueryMatcher.Matches(query, s)))
            {
                total++;
                if (after is not null && string.CompareOrdinal(summary.Id, after) >= 0)
                {
                    continue;
                }

                if (items.Count < size)
                {
                    items.Add(summary);
                }
                else
                {
                    more = true;
                }
            }

            return Task.FromResult(new ResourcePage
            {
                Items = items.ToImmutable(),
                TotalCount = total,
                PageSize = size,
                NextToken = more ? items[^1].Id : null,
            });
        }

        var pageSize = Clamp(query.PageSize);
        var pageNumber = Math.Max(1, query.PageNumber ?? 1);
        var skip = (long)(pageNumber - 1) * pageSize;
        foreach (var summary in candidates.Where(s => ResourceQueryMatcher.Matches(query, s)))
        {
            if (total >= skip && items.Count < pageSize)
            {
                items.Add(summary);
            }

            total++;
        }

        return Task.FromResult(new ResourcePage
        {
            Items = items.ToImmutable(),
            TotalCount = total,
            PageNumber = pageNumber,
            PageSize = pageSize,
        });
    }

    public Task<ImmutableDictionary<ResourceKind, int>> GetCountsAsync() =>
        Task.FromResult(_byKind.Where(pair => pair.Value.Count > 0).ToImmutableDictionary(pair => pair.Key, pair => pair.Value.Count));

    private static int Clamp(int? size) => Math.Clamp(size ?? ResourceQuery.DefaultPageSize, 1, ResourceQuery.MaxPageSize);

    /// <summary>Stores a summary unless its partition is full and the map has no partition left (then false: a quota error for the caller).</summary>
    private async Task<bool> StoreWithinBoundsAsync(ResourceSummary summary)
    {
        if (!_summaries.HasRoomFor(summary.Id, summary))
        {
            return false;
        }

        Store(summary);
        await PersistAsync();
        return true;
    }

    private void Store(ResourceSummary summary)
    {
        if (_summaries.TryGetValue(summary.Id, out var previous) && previous.Kind != summary.Kind)
        {
            _byKind[previous.Kind].Remove(summary.Id);
        }

        _summaries.Set(summary.Id, summary);
        Index(summary);
    }

    private void Index(ResourceSummary summary)
    {
        if (!_byKind.TryGetValue(summary.Kind, out var index))
        {
            _byKind[summary.Kind] = index = new SortedDictionary<string, ResourceSummary>(Descending);
        }

        index[summary.Id] = summary;
    }

    // Group commit: concurrent registrations (the grain is reentrant) share writes of the partitions they changed.
    private Task PersistAsync() => (_commit ??= new GroupCommit(() => _summaries.FlushAsync(state.WriteStateAsync))).CommitAsync();
}
