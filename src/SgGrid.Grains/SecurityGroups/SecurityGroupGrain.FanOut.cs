using System.Diagnostics;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Abstractions.SecurityGroups;

namespace SgGrid.Grains.SecurityGroups;

/// <summary>
/// Change propagation (design §3). A change bumps the version and wakes one pump per activation; each round tells
/// every member the newest version (only the id and version travel; each silo pulls the snapshot once), with
/// bounded concurrency, and — when the members' addresses changed — tells the referencing groups. Changes that
/// arrive during a round are coalesced into the next one, so a burst costs a round or two, not one per change.
/// </summary>
public sealed partial class SecurityGroupGrain
{
    private readonly List<Waiter> _waiters = [];
    private Task? _pump;
    private long _deliveredVersion;
    private bool _membersChangedSinceRound;

    public Task WaitForConvergenceAsync(long version)
    {
        if (version <= _deliveredVersion || !State.Exists)
        {
            return Task.CompletedTask;
        }

        return RequestRound(version);
    }

    /// <summary>Bumps the version, persists, and propagates; waits for convergence when <paramref name="options"/> say so.</summary>
    private async Task<MutationResult> CommitAsync(MutationOptions options, bool membersChanged)
    {
        State.Version++;
        _snapshot = null;
        if (membersChanged)
        {
            _memberAddresses = null;
            _membersChangedSinceRound = true;
        }

        await PersistAsync();
        var version = State.Version;
        var converged = RequestRound(version);
        if (options.WaitForConvergence)
        {
            await converged;
        }

        return MutationResult.Success(version);
    }

    private Task RequestRound(long version)
    {
        var waiter = new Waiter(version, Stopwatch.GetTimestamp(), new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        _waiters.Add(waiter);
        if (_pump is null || _pump.IsCompleted)
        {
            _pump = PumpAsync();
        }

        return waiter.Done.Task;
    }

    private async Task PumpAsync()
    {
        while (_waiters.Count > 0)
        {
            var version = State.Version;
            var members = State.Members.Keys.ToArray();
            var notifyReferrers = _membersChangedSinceRound && State.Referrers.Count > 0;
            _membersChangedSinceRound = false;
            var started = Stopwatch.GetTimestamp();

            await Task.WhenAll(NotifyMembersAsync(members, version), notifyReferrers ? NotifyReferrersAsync() : Task.CompletedTask);

            _deliveredVersion = Math.Max(_deliveredVersion, version);
            var elapsedMilliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogFannedOut(GroupId, version, members.Length, elapsedMilliseconds);
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                var waiter = _waiters[i];
                if (waiter.Version <= version)
                {
                    instruments.FanOutConvergence.Record(Stopwatch.GetElapsedTime(waiter.Started).TotalSeconds);
                    waiter.Done.TrySetResult();
                    _waiters.RemoveAt(i);
                }
            }
        }
    }

    private async Task NotifyMembersAsync(string[] members, long version)
    {
        if (members.Length == 0)
        {
            return;
        }

        using var gate = new SemaphoreSlim(_options.FanOutConcurrency);
        await Task.WhenAll(members.Select(async member =>
        {
            await gate.WaitAsync();
            try
            {
                await GrainFactory.GetCachedGrain<INetworkInterfaceGrain>(member).GroupChangedAsync(GroupId, version);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // A member that missed a version catches up when it next activates or is next told.
                LogNotifyFailed(exception, GroupId, member, version);
            }
            finally
            {
                gate.Release();
            }
        }));
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

    private sealed record Waiter(long Version, long Started, TaskCompletionSource Done);
}
