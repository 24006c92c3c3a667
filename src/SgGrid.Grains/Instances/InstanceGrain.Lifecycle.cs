using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.Instances;
using SgGrid.Grains.Errors;

namespace SgGrid.Grains.Instances;

/// <summary>
/// The instance status machine (docs/semantics.md): Running → Stopping → Stopped → Starting → Running, each transition
/// lasting <see cref="InstanceOptions.StatusTransitionTime"/>; a grain timer settles it and shows the new status in the
/// tenant's directory (DescribeInstances' Status filter), and reads settle it too.
/// </summary>
public sealed partial class InstanceGrain
{
    private static readonly TimeSpan SettleMargin = TimeSpan.FromMilliseconds(20);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A transition that outlived the previous activation still ends, and the directory learns of it.
        if (State.Exists && State.TransitionEndsAt is { } end)
        {
            var due = end - DateTimeOffset.UtcNow;
            this.RegisterGrainTimer(SettleAsync, new GrainTimerCreationOptions(due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan));
        }

        return base.OnActivateAsync(cancellationToken);
    }

    public async Task<Outcome<string>> ChangeStatusAsync(ResourceOwner caller, InstanceStatusChange change)
    {
        if (CheckOwner(caller) is { } error)
        {
            return Outcomes.Failure<string>(error);
        }

        var previous = CurrentStatus();
        var (required, passing, settled) = change switch
        {
            InstanceStatusChange.Start => (InstanceStatus.Stopped, InstanceStatus.Starting, InstanceStatus.Running),
            InstanceStatusChange.Stop => (InstanceStatus.Running, InstanceStatus.Stopping, InstanceStatus.Stopped),
            InstanceStatusChange.Reboot => (InstanceStatus.Running, InstanceStatus.Starting, InstanceStatus.Running),
            _ => throw new ArgumentOutOfRangeException(nameof(change), change, null),
        };
        if (previous != required)
        {
            return Outcomes.Failure<string>(InstanceErrors.IncorrectStatus(previous));
        }

        var duration = _options.StatusTransitionTime;
        if (duration <= TimeSpan.Zero)
        {
            State.Status = settled;
            State.TransitionEndsAt = null;
        }
        else
        {
            State.Status = passing;
            State.SettledStatus = settled;
            State.TransitionEndsAt = DateTimeOffset.UtcNow + duration;
            this.RegisterGrainTimer(SettleAsync, new GrainTimerCreationOptions(duration + SettleMargin, Timeout.InfiniteTimeSpan));
        }

        await state.WriteStateAsync();
        await GrainFactory.GetAccountRegionDirectory(State.Owner!).UpdateAsync(Summary());
        return Outcomes.Success(previous);
    }

    public async Task<MutationResult> ModifyAttributesAsync(ResourceOwner caller, InstanceAttributeChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (CheckOwner(caller) is { } error)
        {
            return MutationResult.Failure(error);
        }

        State.Name = change.Name ?? State.Name;
        State.Description = change.Description ?? State.Description;
        State.HostName = change.HostName ?? State.HostName;
        State.DeletionProtection = change.DeletionProtection ?? State.DeletionProtection;
        await state.WriteStateAsync();
        await GrainFactory.GetAccountRegionDirectory(State.Owner!).UpdateAsync(Summary());
        return MutationResult.Success(0);
    }

    /// <summary>The status now: a transition whose time is up has ended (in memory; the timer persists it).</summary>
    private string CurrentStatus()
    {
        if (State.TransitionEndsAt is { } end && DateTimeOffset.UtcNow >= end)
        {
            State.Status = State.SettledStatus;
            State.TransitionEndsAt = null;
        }

        return State.Status.Length == 0 ? InstanceStatus.Running : State.Status;
    }

    private async Task SettleAsync(CancellationToken cancellationToken)
    {
        if (!State.Exists)
        {
            return;
        }

        if (State.TransitionEndsAt is { } end && end > DateTimeOffset.UtcNow)
        {
            // The timer fired early, or a newer transition started: look again when this one ends.
            this.RegisterGrainTimer(SettleAsync, new GrainTimerCreationOptions(end - DateTimeOffset.UtcNow + SettleMargin, Timeout.InfiniteTimeSpan));
            return;
        }

        // A read may have ended the transition in memory already; the write and the directory learn of it here.
        CurrentStatus();
        await state.WriteStateAsync(cancellationToken);
        await GrainFactory.GetAccountRegionDirectory(State.Owner!).UpdateAsync(Summary());
    }
}
