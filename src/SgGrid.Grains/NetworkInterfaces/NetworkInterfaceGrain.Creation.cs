using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Networks;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Abstractions.Vpcs;

namespace SgGrid.Grains.NetworkInterfaces;

/// <summary>The steps of a creation after the addresses are claimed, all or nothing (docs/scale.md).</summary>
public sealed partial class NetworkInterfaceGrain
{
    /// <summary>
    /// Indexes the claimed addresses in the VPC, joins the groups, saves the ENI and lists it in the tenant directory.
    /// A step refused undoes the earlier ones and answers the refusal; a step that throws (a storage error, a grain that
    /// cannot be reached) undoes every step that may have taken effect, including the one that threw, and rethrows. Either
    /// way no saved ENI, held address, index entry, membership or directory entry is left behind.
    /// </summary>
    private async Task<Outcome<NetworkInterfaceInfo>> CommitCreationAsync(
        NetworkInterfaceSpec spec, ImmutableArray<NetworkAddress> ipv4, ImmutableArray<string> groupIds, MutationOptions options)
    {
        var joined = new List<string>();
        string? joining = null;
        var saving = false;
        var listing = false;
        try
        {
            var indexed = await GrainFactory.GetGrain<IVpcGrain>(spec.VpcId).RegisterAddressesAsync(spec.Owner, NetworkInterfaceId, PrivateAddresses());
            if (!indexed.Succeeded)
            {
                await AbandonAsync(ipv4, []);
                return Outcomes.Failure<NetworkInterfaceInfo>(indexed.Errors);
            }

            foreach (var groupId in groupIds)
            {
                joining = groupId;
                var outcome = await JoinAsync(groupId, options);
                joining = null;
                if (!outcome.Succeeded)
                {
                    await AbandonAsync(ipv4, joined);
                    return Outcomes.Failure<NetworkInterfaceInfo>(outcome.Errors);
                }

                joined.Add(groupId);
            }

            State.Exists = true;
            State.SecurityGroupIds = [.. groupIds];
            saving = true;
            await state.WriteStateAsync();
            listing = true;
            if (!await GrainFactory.GetAccountRegionDirectory(spec.Owner).RegisterAsync(Summary()))
            {
                await UndoCreationAsync(spec.Owner, ipv4, joined, saved: true, listed: false);
                return Outcomes.Failure<NetworkInterfaceInfo>(NetworkErrors.TenantStorageQuotaExceeded(NetworkInterfaceId));
            }

            return Outcomes.Success(Info());
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            await UndoCreationAsync(spec.Owner, ipv4, joining is null ? joined : [.. joined, joining], saving, listing);
            throw;
        }
    }

    /// <summary>
    /// Undoes a creation that failed after its addresses were claimed. Each step is tried even when an earlier one fails,
    /// so one unreachable store leaves as little as possible behind.
    /// </summary>
    private async Task UndoCreationAsync(ResourceOwner owner, ImmutableArray<NetworkAddress> ipv4, List<string> groups, bool saved, bool listed)
    {
        if (listed)
        {
            // A registration that failed to write may still be in the directory's memory: removing it is written next.
            await BestEffortAsync(() => GrainFactory.GetAccountRegionDirectory(owner).UnregisterAsync(ResourceKind.NetworkInterface, NetworkInterfaceId));
        }

        State.Exists = false;
        await AbandonAsync(ipv4, groups);
        if (saved)
        {
            // Last: clearing resets the state, and the steps above need its VPC, vSwitch and owner.
            await BestEffortAsync(state.ClearStateAsync);
        }
    }

    private static async Task BestEffortAsync(Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The creation's own failure is what the caller sees; an undo step that fails too leaves it to the next attempt.
        }
    }
}
