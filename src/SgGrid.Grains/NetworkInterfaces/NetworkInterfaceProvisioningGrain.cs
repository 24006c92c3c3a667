using System.Collections.Immutable;
using Orleans.Concurrency;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Identifiers;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Abstractions.SecurityGroups;

namespace SgGrid.Grains.NetworkInterfaces;

/// <summary>
/// The bulk population path: joins a batch of ENIs to each group under one version (the groups fan out once per batch),
/// then creates the ENIs, whose own joins find themselves already members and change nothing.
/// </summary>
[StatelessWorker]
public sealed class NetworkInterfaceProvisioningGrain : Grain, INetworkInterfaceProvisioningGrain
{
    /// <summary>ENI creations in flight per call: enough to overlap their storage writes, few enough to stay fair.</summary>
    private const int CreateConcurrency = 64;

    public async Task<NetworkInterfaceBulkResult> CreateManyAsync(NetworkInterfaceBulkSpec spec, MutationOptions options)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(options);
        var addresses = spec.PrimaryIpAddresses.IsDefault ? [] : spec.PrimaryIpAddresses;
        var ids = spec.NetworkInterfaceIds.IsDefaultOrEmpty
            ? addresses.Select(_ => ResourceIds.NewNetworkInterfaceId(Random.Shared)).ToImmutableArray()
            : spec.NetworkInterfaceIds;
        if (ids.Length != addresses.Length)
        {
            return Failed(new EcsError(EcsErrorCodes.InvalidParameter, "Name one network interface id per primary address, or none."));
        }

        var groupIds = spec.SecurityGroupIds.IsDefault ? [] : spec.SecurityGroupIds;
        var members = ids.Select((id, i) => new GroupMember(id, AddressSet.FromAddresses([addresses[i]]))).ToImmutableArray();

        // 1. One version per group for the whole batch; all or none across the groups.
        var joined = new List<string>();
        var versions = ImmutableDictionary.CreateBuilder<string, long>(StringComparer.Ordinal);
        foreach (var groupId in groupIds)
        {
            var result = await GrainFactory.GetGrain<ISecurityGroupGrain>(groupId).AddMembersAsync(spec.Owner, spec.VpcId, members, MutationOptions.NoWait);
            if (!result.Succeeded)
            {
                foreach (var done in joined)
                {
                    await GrainFactory.GetGrain<ISecurityGroupGrain>(done).RemoveMembersAsync(ids, MutationOptions.NoWait);
                }

                return Failed(result.Errors);
            }

            joined.Add(groupId);
            versions[groupId] = result.Version;
        }

        // 2. The ENIs themselves; their joins are no-ops (already members with these addresses).
        var created = new string?[ids.Length];
        var errors = new EcsError?[ids.Length];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Math.Min(CreateConcurrency, Math.Max(1, ids.Length))).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < ids.Length)
            {
                var outcome = await GrainFactory.GetGrain<INetworkInterfaceGrain>(ids[i]).CreateAsync(new NetworkInterfaceSpec
                {
                    Owner = spec.Owner,
                    VpcId = spec.VpcId,
                    VSwitchId = spec.VSwitchId,
                    SecurityGroupIds = groupIds,
                    PrimaryIpAddress = addresses[i],
                }, MutationOptions.NoWait);
                if (outcome.Succeeded)
                {
                    created[i] = ids[i];
                }
                else
                {
                    errors[i] = outcome.Errors[0];
                }
            }
        }));

        // 3. Failed ones leave again (one version per group), then wait for convergence if asked.
        var failed = ids.Where((_, i) => created[i] is null).ToImmutableArray();
        foreach (var groupId in groupIds)
        {
            var group = GrainFactory.GetGrain<ISecurityGroupGrain>(groupId);
            if (!failed.IsEmpty)
            {
                versions[groupId] = (await group.RemoveMembersAsync(failed, MutationOptions.NoWait)).Version;
            }

            if (options.WaitForConvergence)
            {
                await group.WaitForConvergenceAsync(versions[groupId]);
            }
        }

        return new NetworkInterfaceBulkResult
        {
            NetworkInterfaceIds = [.. created],
            GroupVersions = versions.ToImmutable(),
            Errors = [.. errors.OfType<EcsError>()],
        };
    }

    private static NetworkInterfaceBulkResult Failed(EcsError error) => new() { Errors = [error] };

    private static NetworkInterfaceBulkResult Failed(ImmutableArray<EcsError> errors) => new() { Errors = errors };
}
