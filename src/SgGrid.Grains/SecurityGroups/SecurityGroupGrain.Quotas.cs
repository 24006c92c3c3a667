using SgGrid.Domain.Errors;
using SgGrid.Domain.Rules;
using SgGrid.Domain.Validation;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Abstractions.PrefixLists;
using SgGrid.Grains.Errors;
using SgGrid.Grains.Scenarios;

namespace SgGrid.Grains.SecurityGroups;

/// <summary>
/// The rule limits of D5 (docs/semantics.md, "Limits"). The group owns its weight (<see cref="RuleWeights"/>: a prefix-list
/// rule weighs its list's MaxEntries) and the per-group limit; each member ENI owns the per-ENI limit. A change that makes the
/// group heavier first reserves the extra weight with every member (<see cref="INetworkInterfaceGrain.ReserveRuleWeightAsync"/>),
/// then commits, then releases the holds as the members serve the new version. While a growth is in flight its weight counts
/// in the group's limit and in every snapshot built meanwhile, so a member that joins then weighs it too.
/// </summary>
public sealed partial class SecurityGroupGrain
{
    private readonly Dictionary<string, (int MaxEntries, WeightReservation? Hold)> _listRaises = new(StringComparer.Ordinal);
    private readonly List<SecurityGroupRule> _rulesInFlight = [];
    private int _weightInFlight;
    private long _reservations;

    /// <summary>One growth's hold on the members: its token, the weight, and the members that granted it.</summary>
    private sealed record WeightReservation(string Token, int Delta, List<string> Members);

    /// <summary>A list's size as the committed rules weigh it.</summary>
    private int CommittedMaxEntries(string prefixListId) => State.PrefixListMaxEntries.GetValueOrDefault(prefixListId, 1);

    /// <summary>A list's size as a growth in flight must weigh it: a raise being decided counts already.</summary>
    private int MaxEntriesInFlight(string prefixListId) =>
        Math.Max(CommittedMaxEntries(prefixListId), _listRaises.TryGetValue(prefixListId, out var raise) ? raise.MaxEntries : 0);

    /// <summary>The committed rules' weight.</summary>
    private int RuleWeight() => RuleWeights.Of(State.Rules.Select(r => r.Rule), CommittedMaxEntries);

    /// <summary>The weight snapshots show: the committed rules' and every growth in flight.</summary>
    private int SnapshotRuleWeight() => checked(RuleWeight() + _weightInFlight);

    /// <summary>
    /// Holds <paramref name="delta"/> more weight: the per-group limit with every growth in flight, then every member's per-ENI
    /// limit. The caller then either commits (<see cref="Settle"/> in the turn the state changes, then
    /// <see cref="ReleaseHoldAsync"/> with the new version) or gives up (<see cref="AbandonAsync"/>). A member that cannot
    /// answer is not held against the change.
    /// </summary>
    private async Task<(WeightReservation? Hold, EcsError? Error)> ReserveWeightAsync(int delta)
    {
        var quotas = _options.QuotasFor(State.Owner?.AccountId);
        if (RuleWeights.ExceedsGroupLimit(checked(SnapshotRuleWeight() + delta), quotas))
        {
            return (null, ValidationErrors.AuthorizationLimitExceed());
        }

        var hold = new WeightReservation($"{GroupId}/{++_reservations}", delta, []);
        _weightInFlight += delta;
        _snapshot = null; // snapshots built from now on carry the weight in flight
        var members = _members.Keys.ToArray();
        var granted = await BoundedConcurrency.SelectAsync(members, _options.FanOutConcurrency, async member =>
        {
            try
            {
                return await GrainFactory.GetGrain<INetworkInterfaceGrain>(member).ReserveRuleWeightAsync(hold.Token, GroupId, delta);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                LogRuleWeightFailed(exception, GroupId, member);
                return true;
            }
        });
        hold.Members.AddRange(members);
        if (granted.All(g => g))
        {
            return (hold, null);
        }

        await AbandonAsync(hold);
        return (null, ResourceErrors.TooManyRulesOnNetworkInterface(quotas.RulesPerNetworkInterface));
    }

    /// <summary>The hold's weight stops counting as in flight: call it in the turn the state takes the weight on.</summary>
    private void Settle(WeightReservation hold)
    {
        _weightInFlight -= hold.Delta;
        _snapshot = null;
    }

    /// <summary>Gives a hold up: the change did not happen.</summary>
    private Task AbandonAsync(WeightReservation hold)
    {
        Settle(hold);
        return ReleaseHoldAsync(hold, settledAtVersion: null);
    }

    /// <summary>Ends the members' hold: at once (null), or as each serves <paramref name="settledAtVersion"/>, whose snapshot carries the weight.</summary>
    private async Task ReleaseHoldAsync(WeightReservation hold, long? settledAtVersion)
    {
        await BoundedConcurrency.ForEachAsync(hold.Members, _options.FanOutConcurrency, async member =>
        {
            try
            {
                await GrainFactory.GetGrain<INetworkInterfaceGrain>(member).ReleaseRuleWeightAsync(hold.Token, settledAtVersion);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                LogRuleWeightFailed(exception, GroupId, member);
            }
        });
    }

    /// <summary>
    /// Runs a change that makes the rules heavier by <paramref name="delta"/> (the rules <paramref name="added"/> are counted as
    /// in flight for raises of their lists meanwhile): reserve, <paramref name="commit"/> (which changes the state before its
    /// first await), release as the new version settles. A refused reservation changes nothing: the peers the change acquired
    /// are released.
    /// </summary>
    private async Task<MutationResult> GrowAsync(int delta, IReadOnlyList<SecurityGroupRule> added, Func<Task<MutationResult>> commit)
    {
        if (delta <= 0)
        {
            return await commit();
        }

        _rulesInFlight.AddRange(added);
        try
        {
            var (hold, error) = await ReserveWeightAsync(delta);
            if (hold is null)
            {
                await ReleaseUnusedPeersAsync();
                return MutationResult.Failure(error!);
            }

            Settle(hold);
            var result = await commit();
            await ReleaseHoldAsync(hold, result.Succeeded ? result.Version : null);
            return result;
        }
        finally
        {
            foreach (var rule in added)
            {
                _rulesInFlight.Remove(rule);
            }
        }
    }

    public async Task<MutationResult> ReservePrefixListSizeAsync(string prefixListId, int maxEntries)
    {
        if (!State.Exists || !State.PrefixLists.ContainsKey(prefixListId) || _listRaises.ContainsKey(prefixListId))
        {
            return MutationResult.Success(State.Version);
        }

        var uses = State.Rules.Count(r => r.Rule.Remote is PrefixListPeer p && p.PrefixListId == prefixListId) +
            _rulesInFlight.Count(r => r.Remote is PrefixListPeer p && p.PrefixListId == prefixListId);
        var delta = checked(uses * (maxEntries - MaxEntriesInFlight(prefixListId)));
        _listRaises[prefixListId] = (maxEntries, null);
        if (delta <= 0)
        {
            return MutationResult.Success(State.Version);
        }

        var (hold, error) = await ReserveWeightAsync(delta);
        if (hold is null)
        {
            _listRaises.Remove(prefixListId);
            return MutationResult.Failure(error!);
        }

        _listRaises[prefixListId] = (maxEntries, hold);
        return MutationResult.Success(State.Version);
    }

    public async Task PrefixListSizeChangedAsync(string prefixListId, int maxEntries, MutationOptions options)
    {
        _listRaises.Remove(prefixListId, out var raise);
        if (State.Exists && State.PrefixLists.ContainsKey(prefixListId) && CommittedMaxEntries(prefixListId) != maxEntries)
        {
            State.PrefixListMaxEntries[prefixListId] = maxEntries;
            if (raise.Hold is { } held)
            {
                Settle(held);
            }

            var committed = await CommitAsync(options, membersChanged: false);
            if (raise.Hold is { } hold)
            {
                await ReleaseHoldAsync(hold, committed.Version);
            }
        }
        else if (raise.Hold is { } hold)
        {
            await AbandonAsync(hold);
        }
    }

    public async Task ReleasePrefixListSizeAsync(string prefixListId)
    {
        if (_listRaises.Remove(prefixListId, out var raise) && raise.Hold is { } hold)
        {
            await AbandonAsync(hold);
        }
    }
}
