using System.Collections.Immutable;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.Grains.Errors;

namespace SgGrid.Grains.SecurityGroups;

/// <summary>Bulk membership: many members under one version and one fan-out round (the region-population path).</summary>
public sealed partial class SecurityGroupGrain
{
    public async Task<MutationResult> AddMembersAsync(ResourceOwner owner, string vpcId, ImmutableArray<GroupMember> members, MutationOptions options)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(options);
        var batch = members.IsDefault ? [] : members;
        if (!State.Exists || !SameTenant(owner) || _deleting)
        {
            return MutationResult.Failure(ResourceErrors.SecurityGroupNotFound());
        }

        if (State.ServiceManaged)
        {
            return MutationResult.Failure(ResourceErrors.Managed(GroupId));
        }

        if (State.VpcId != vpcId)
        {
            return MutationResult.Failure(ResourceErrors.GroupInOtherVpc());
        }

        // Check the whole batch against the capacity before changing anything (all or none), as AddMemberAsync does for one.
        var quotas = _options.QuotasFor(State.Owner?.AccountId);
        var addressCount = MemberAddressCount();
        var memberCount = _members.Count;
        var changed = new List<GroupMember>(batch.Length);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in batch)
        {
            ArgumentNullException.ThrowIfNull(member);
            if (!seen.Add(member.NetworkInterfaceId))
            {
                return MutationResult.Failure(new Domain.Errors.EcsError(Domain.Errors.EcsErrorCodes.InvalidParameter,
                    $"The network interface {member.NetworkInterfaceId} is named twice."));
            }

            var isMember = _members.TryGetValue(member.NetworkInterfaceId, out var current);
            if (isMember && current!.Equals(member.Addresses))
            {
                continue;
            }

            addressCount = addressCount - (isMember ? current!.Count : 0) + member.Addresses.Count;
            memberCount += isMember ? 0 : 1;
            changed.Add(member);
        }

        if (State.Type == SecurityGroupType.Normal && addressCount > (UInt128)quotas.PrivateIpsPerBasicGroup)
        {
            return MutationResult.Failure(ResourceErrors.GroupFull($"a basic group holds at most {quotas.PrivateIpsPerBasicGroup} private IP addresses"));
        }

        if (State.Type != SecurityGroupType.Normal && memberCount > quotas.NetworkInterfacesPerAdvancedGroup)
        {
            return MutationResult.Failure(ResourceErrors.GroupFull($"an advanced group holds at most {quotas.NetworkInterfacesPerAdvancedGroup} network interfaces"));
        }

        if (changed.Count == 0)
        {
            return MutationResult.Success(State.Version);
        }

        foreach (var member in changed)
        {
            _members.Set(member.NetworkInterfaceId, member.Addresses);
        }

        _memberAddressCount = addressCount;
        return await CommitAsync(options, membersChanged: true);
    }

    public async Task<MutationResult> RemoveMembersAsync(ImmutableArray<string> networkInterfaceIds, MutationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var removedAny = false;
        foreach (var id in networkInterfaceIds.IsDefault ? [] : networkInterfaceIds)
        {
            if (State.Exists && _members.Remove(id, out var removed))
            {
                removedAny = true;
                _memberAddressCount = _memberAddressCount is { } count ? count - removed.Count : null;
            }
        }

        return removedAny ? await CommitAsync(options, membersChanged: true) : MutationResult.Success(State.Version);
    }
}
