using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Networks;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.PrefixLists;
using SgGrid.Grains.Abstractions.Scenarios;
using SgGrid.Grains.Common;
using SgGrid.Grains.Hosting;
using SgGrid.Grains.Scenarios;

namespace SgGrid.Grains.PrefixLists;

/// <summary>
/// One prefix list: its entries and its users. A change of the entries is pushed to every user with bounded concurrency;
/// successive pushes are chained, so each user hears the changes in order even when callers do not wait.
/// </summary>
public sealed partial class PrefixListGrain(
    [PersistentState("state", SgGridStorage.Name)] IPersistentState<PrefixListState> state,
    IOptions<PrefixListOptions> options,
    ILogger<PrefixListGrain> logger) : ScopedGrain, IPrefixListGrain
{
    /// <summary>The resource id (the grain key without its scope).</summary>
    private string PrefixListId => ResourceId;

    // The latest notification round; the next one starts after it.
    private Task _fanOut = Task.CompletedTask;

    private PrefixListState State => state.State;

    private PrefixListOptions Limits => options.Value;


    public async Task<Outcome<PrefixListInfo>> CreateAsync(PrefixListSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (State.Exists)
        {
            return IsVisibleTo(spec.Owner) && IsSameSpec(spec)
                ? Outcomes.Success(ToInfo())
                : Outcomes.Failure<PrefixListInfo>(NetworkErrors.ParameterMismatch(PrefixListId));
        }

        var entries = spec.Entries.IsDefault ? [] : spec.Entries;
        var errors = new List<EcsError>();
        var limit = options.Value.EntryLimit;
        if (spec.MaxEntries < 1 || spec.MaxEntries > limit)
        {
            errors.Add(NetworkErrors.InvalidMaxEntries(spec.MaxEntries, limit));
        }

        CheckEntries(entries.Select(e => e.Cidr), spec.AddressFamily, errors);
        if (spec.MaxEntries >= 1 && entries.Length > spec.MaxEntries)
        {
            errors.Add(NetworkErrors.TooManyEntries(entries.Length, spec.MaxEntries));
        }

        if (errors.Count > 0)
        {
            return Outcomes.Failure<PrefixListInfo>([.. errors]);
        }

        state.State = new PrefixListState
        {
            Exists = true,
            AccountId = spec.Owner.AccountId,
            RegionId = spec.Owner.RegionId,
            AddressFamily = spec.AddressFamily,
            MaxEntries = spec.MaxEntries,
            Name = spec.Name,
            Description = spec.Description,
            Entries = entries.ToDictionary(e => e.Cidr.ToString(), e => e.Description, StringComparer.Ordinal),
            CreationTime = spec.CreationTime ?? DateTimeOffset.UtcNow,
            Version = 1,
            ResourceGroupId = spec.ResourceGroupId,
            Tags = new Dictionary<string, string>(spec.Tags, StringComparer.Ordinal),
        };

        // Counted and registered in one directory turn, so concurrent creations cannot both take the last place.
        var quota = options.Value.MaxPrefixListsPerRegion;
        if (!await GrainFactory.GetAccountRegionDirectory(spec.Owner).RegisterWithinLimitAsync(ToSummary(), quota))
        {
            state.State = new PrefixListState();
            return Outcomes.Failure<PrefixListInfo>(NetworkErrors.PrefixListQuotaExceeded(quota));
        }

        await state.WriteStateAsync();
        return Outcomes.Success(ToInfo());
    }

    public Task<PrefixListInfo?> GetInfoAsync(ResourceOwner caller) =>
        Task.FromResult(IsVisibleTo(caller) ? ToInfo() : null);

    public async Task<MutationResult> ModifyAsync(ResourceOwner caller, PrefixListChange change, MutationOptions options)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(options);
        if (!IsVisibleTo(caller))
        {
            return MutationResult.Failure(NetworkErrors.PrefixListNotFound(PrefixListId));
        }

        var adds = change.AddEntries.IsDefault ? [] : change.AddEntries;
        var removes = change.RemoveEntries.IsDefault ? [] : change.RemoveEntries;
        var errors = new List<EcsError>();
        var maxEntries = change.MaxEntries ?? State.MaxEntries;
        if (maxEntries < 1 || maxEntries > Limits.EntryLimit)
        {
            errors.Add(NetworkErrors.InvalidMaxEntries(maxEntries, Limits.EntryLimit));
        }

        CheckEntries(adds.Select(e => e.Cidr), State.AddressFamily, errors);
        CheckEntries(removes, State.AddressFamily, errors);
        var removed = removes.ToHashSet();
        foreach (var add in adds.Where(add => removed.Contains(add.Cidr)))
        {
            errors.Add(NetworkErrors.DuplicateEntry(add.Cidr));
        }

        foreach (var cidr in removes.Where(cidr => !State.Entries.ContainsKey(cidr.ToString())))
        {
            errors.Add(NetworkErrors.EntryNotFound(cidr));
        }

        var next = new Dictionary<string, string>(State.Entries, StringComparer.Ordinal);
        foreach (var cidr in removes)
        {
            next.Remove(cidr.ToString());
        }

        foreach (var add in adds)
        {
            next[add.Cidr.ToString()] = add.Description;
        }

        if (next.Count > maxEntries)
        {
            errors.Add(NetworkErrors.TooManyEntries(next.Count, maxEntries));
        }

        if (errors.Count > 0)
        {
            return MutationResult.Failure([.. errors]);
        }

        // D5: every rule using the list weighs its MaxEntries, so a raise must fit every user's limits first (all or nothing).
        if (maxEntries > State.MaxEntries && await ReserveSizeAsync(maxEntries) is { } refusal)
        {
            return MutationResult.Failure(refusal);
        }

        var resized = maxEntries != State.MaxEntries;
        State.MaxEntries = maxEntries;

        var entriesChanged = !next.Keys.ToHashSet(StringComparer.Ordinal).SetEquals(State.Entries.Keys);
        var renamed = (change.Name is not null && change.Name != State.Name) || (change.Description is not null && change.Description != State.Description);
        State.Entries = next;
        State.Name = change.Name ?? State.Name;
        State.Description = change.Description ?? State.Description;
        if (entriesChanged)
        {
            State.Version++;
        }

        await state.WriteStateAsync();
        if (renamed)
        {
            await GrainFactory.GetAccountRegionDirectory(Owner).UpdateAsync(ToSummary());
        }

        if (resized)
        {
            await AnnounceSizeAsync(maxEntries, options);
        }

        if (entriesChanged)
        {
            var round = StartFanOut(State.Version, CurrentAddresses(), options);
            if (options.WaitForConvergence)
            {
                await round;
            }
        }

        return MutationResult.Success(State.Version);
    }

    public async Task<MutationResult> DeleteAsync(ResourceOwner caller)
    {
        if (!IsVisibleTo(caller))
        {
            return MutationResult.Failure(NetworkErrors.PrefixListNotFound(PrefixListId));
        }

        if (State.Users.Count > 0)
        {
            return MutationResult.Failure(NetworkErrors.PrefixListInUse());
        }

        var owner = Owner;
        await state.ClearStateAsync();
        state.State = new PrefixListState();
        await GrainFactory.GetAccountRegionDirectory(owner).UnregisterAsync(ResourceKind.PrefixList, PrefixListId);
        return MutationResult.Success(0);
    }

    public async Task<Outcome<PrefixListUse>> AddUserAsync(ResourceOwner caller, GrainId user)
    {
        if (!IsVisibleTo(caller))
        {
            return Outcomes.Failure<PrefixListUse>(NetworkErrors.PrefixListNotFound(PrefixListId));
        }

        var key = user.ToString();
        if (!State.Users.Contains(key))
        {
            if (State.Users.Count >= options.Value.MaxAssociations)
            {
                return Outcomes.Failure<PrefixListUse>(NetworkErrors.TooManyAssociations(options.Value.MaxAssociations));
            }

            State.Users.Add(key);
            await state.WriteStateAsync();
        }

        return Outcomes.Success(new PrefixListUse(CurrentAddresses(), State.MaxEntries));
    }

    public async Task RemoveUserAsync(GrainId user)
    {
        if (State.Users.Remove(user.ToString()))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<ImmutableArray<string>> GetUsersAsync(ResourceOwner caller) =>
        Task.FromResult(IsVisibleTo(caller)
            ? State.Users.Select(user => GrainScope.IdOf(GrainId.Parse(user).Key.ToString()!)).Order(StringComparer.Ordinal).ToImmutableArray()
            : []);

    // Chained after the previous round, so a user never hears an older version after a newer one.
    private Task StartFanOut(long version, AddressSet entries, MutationOptions mutationOptions)
    {
        var previous = _fanOut;
        var users = State.Users.Select(GrainId.Parse).ToArray();
        var round = RunAsync();
        _fanOut = round;
        return round;

        async Task RunAsync()
        {
            await previous;
            var next = -1;
            var workers = Math.Min(Math.Max(1, options.Value.FanOutConcurrency), users.Length);
            await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => WorkAsync()));

            // Runs on the activation's scheduler: the workers interleave at their awaits, never in parallel.
            async Task WorkAsync()
            {
                int index;
                while ((index = ++next) < users.Length)
                {
                    try
                    {
                        await GrainFactory.GetGrain<IPrefixListUserGrain>(users[index]).PrefixListChangedAsync(PrefixListId, entries, mutationOptions);
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException)
                    {
                        // A user that cannot take the change must not stop the others; it re-reads on its next AddUser.
                        LogNotifyFailed(logger, exception, PrefixListId, version, users[index].ToString());
                    }
                }
            }
        }
    }

    private static void CheckEntries(IEnumerable<IpCidr> cidrs, IpFamily family, List<EcsError> errors)
    {
        var seen = new HashSet<IpCidr>();
        foreach (var cidr in cidrs)
        {
            if (cidr.Family != family)
            {
                errors.Add(NetworkErrors.EntryFamilyMismatch(cidr, family));
            }
            else if (!seen.Add(cidr))
            {
                errors.Add(NetworkErrors.DuplicateEntry(cidr));
            }
        }
    }

    private AddressSet CurrentAddresses() => AddressSet.FromCidrs(State.Entries.Keys.Select(IpCidr.Parse));

    private ResourceOwner Owner => new(State.AccountId, State.RegionId);

    private bool IsVisibleTo(ResourceOwner caller) => OwnerState.IsVisibleTo(State.Exists, State.AccountId, State.RegionId, caller);

    private bool IsSameSpec(PrefixListSpec spec)
    {
        var entries = spec.Entries.IsDefault ? [] : spec.Entries;
        return State.AddressFamily == spec.AddressFamily && State.MaxEntries == spec.MaxEntries && State.Name == spec.Name &&
            State.Description == spec.Description && State.ResourceGroupId == spec.ResourceGroupId &&
            OwnerState.TagsEqual(State.Tags, spec.Tags) && State.Version == 1 && entries.Length == State.Entries.Count &&
            entries.All(e => State.Entries.TryGetValue(e.Cidr.ToString(), out var description) && description == e.Description);
    }

    private PrefixListInfo ToInfo() => new()
    {
        PrefixListId = PrefixListId,
        Owner = Owner,
        AddressFamily = State.AddressFamily,
        MaxEntries = State.MaxEntries,
        Name = State.Name,
        Description = State.Description,
        Entries = [.. State.Entries
            .Select(pair => new PrefixListEntry(IpCidr.Parse(pair.Key), pair.Value))
            .OrderBy(entry => entry.Cidr.First)
            .ThenBy(entry => entry.Cidr.PrefixLength)],
        CreationTime = State.CreationTime,
        Version = State.Version,
        AssociationCount = State.Users.Count,
        ResourceGroupId = State.ResourceGroupId,
        Tags = State.Tags.ToImmutableDictionary(StringComparer.Ordinal),
    };

    private ResourceSummary ToSummary() => new()
    {
        Id = PrefixListId,
        Kind = ResourceKind.PrefixList,
        Name = State.Name,
        ResourceGroupId = State.ResourceGroupId,
        Tags = State.Tags.ToImmutableDictionary(StringComparer.Ordinal),
        CreationTime = State.CreationTime,
        Attributes = ImmutableDictionary<string, string>.Empty.Add(NetworkResourceAttributes.AddressFamily, State.AddressFamily.ToString()),
    };
}
