using System.Diagnostics;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.SecurityGroups;

namespace SgGrid.Grains.SecurityGroups;

/// <summary>
/// Change propagation (docs/fan-out.md). A change bumps the version and wakes the pumps of this activation: the members
/// pump sends the newest snapshot once to every silo, whose members read it from the silo's cache in memory (O(silos)
/// messages per change, not O(members)); when the members' addresses changed, the referrers pump tells the referencing
/// groups. Changes that arrive during a round are coalesced into the next one, so a burst costs a round or two, not one
/// per change.
/// </summary>
/// <remarks>
/// The two pumps are independent so that references can form cycles (A references B, B references A, or a group
/// itself): a referencing group's update waits only for that group's members, never for its own referrers, so no round
/// ever waits on a round that waits on it. A change of the members' addresses converges when the members and the
/// referencing groups' members serve it.
/// </remarks>
public sealed partial class SecurityGroupGrain
{
    private readonly Pump _membersPump = new();
    private readonly Pump _referrersPump = new();

    /// <summary>The newest version whose change moved the members' addresses (what the referrers must learn).</summary>
    private long _addressesChangedVersion;

    public Task WaitForConvergenceAsync(long version)
    {
        if (!State.Exists)
        {
            return Task.CompletedTask;
        }

        var referrers = Math.Min(version, _addressesChangedVersion);
        return Task.WhenAll(RequestMembersRound(version), referrers > 0 ? RequestReferrersRound(referrers) : Task.CompletedTask);
    }

    /// <summary>Bumps the version, persists, and propagates; waits for convergence when <paramref name="options"/> say so.</summary>
    private async Task<MutationResult> CommitAsync(MutationOptions options, bool membersChanged)
    {
        State.Version++;
        _snapshot = null;
        if (membersChanged)
        {
            _memberAddresses = null;
            _addressesChangedVersion = State.Version;
        }

        await PersistAsync();
        var version = State.Version;
        var members = RequestMembersRound(version);
        var referrers = membersChanged ? RequestReferrersRound(version) : Task.CompletedTask;
        if (options.WaitForConvergence)
        {
            await Task.WhenAll(members, referrers);
        }

        return MutationResult.Success(version);
    }

    /// <summary>Every member serves <paramref name="version"/> or newer when the task ends (the convergence histogram times it).</summary>
    private Task RequestMembersRound(long version) => _membersPump.Request(version, async () =>
    {
        var (members, current, started) = (_members.Count, State.Version, Stopwatch.GetTimestamp());
        await NotifyMembersAsync(members, current);
        var elapsedMilliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogFannedOut(GroupId, current, members, elapsedMilliseconds);
    }, seconds => instruments.FanOutConvergence.Record(seconds));

    /// <summary>Every referencing group's members serve the members' addresses of <paramref name="version"/> or newer.</summary>
    private Task RequestReferrersRound(long version) =>
        State.Referrers.Count == 0 ? Task.CompletedTask : _referrersPump.Request(version, NotifyReferrersAsync, null);

    /// <summary>
    /// Tells every silo once (docs/fan-out.md): each stores the snapshot in its cache, where the members activated there read
    /// it. A member not active anywhere reads its groups' snapshots when it next activates.
    /// </summary>
    private async Task NotifyMembersAsync(int members, long version)
    {
        if (members == 0)
        {
            return;
        }

        foreach (var (silo, error) in await broadcaster.BroadcastAsync(Scope, Snapshot()))
        {
            LogNotifyFailed(error, GroupId, silo.ToString(), version);
        }
    }

    private async Task NotifyReferrersAsync()
    {
        var addresses = MemberAddresses();
        var version = State.Version;
        await Task.WhenAll(State.Referrers.ToArray().Select(async referrer =>
        {
            try
            {
                await GrainFactory.GetCachedGrain<ISecurityGroupGrain>(referrer).ReferencedGroupChangedAsync(GroupId, addresses, MutationOptions.Default);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                LogNotifyFailed(exception, GroupId, referrer, version);
            }
        }));
    }

    /// <summary>
    /// One kind of round, run one at a time on the grain's scheduler: a round covers every version requested before it
    /// started (it sends the newest state), so its waiters are released when it ends; later requests start another.
    /// </summary>
    private sealed class Pump
    {
        private readonly List<Waiter> _waiters = [];
        private Task? _running;
        private long _delivered;

        /// <param name="version">The version to deliver.</param>
        /// <param name="round">Sends the newest state.</param>
        /// <param name="released">Called with the seconds each released waiter waited.</param>
        public Task Request(long version, Func<Task> round, Action<double>? released)
        {
            if (version <= _delivered)
            {
                return Task.CompletedTask;
            }

            var waiter = new Waiter(version, Stopwatch.GetTimestamp(), new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            _waiters.Add(waiter);
            if (_running is null || _running.IsCompleted)
            {
                _running = RunAsync(round, released);
            }

            return waiter.Done.Task;
        }

        private async Task RunAsync(Func<Task> round, Action<double>? released)
        {
            while (_waiters.Count > 0)
            {
                var version = _waiters.Max(w => w.Version);
                await round();
                _delivered = Math.Max(_delivered, version);
                for (var i = _waiters.Count - 1; i >= 0; i--)
                {
                    var waiter = _waiters[i];
                    if (waiter.Version <= version)
                    {
                        released?.Invoke(Stopwatch.GetElapsedTime(waiter.Started).TotalSeconds);
                        waiter.Done.TrySetResult();
                        _waiters.RemoveAt(i);
                    }
                }
            }
        }
    }

    private sealed record Waiter(long Version, long Started, TaskCompletionSource Done);
}
