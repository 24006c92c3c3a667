using SgGrid.Domain.Addresses;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.Grains.Errors;

namespace SgGrid.Grains.SecurityGroups;

/// <summary>Membership, and what this group learns from the groups and prefix lists its rules name.</summary>
public sealed partial class SecurityGroupGrain
{
    public async Task<Outcome<GroupSnapshot>> AddMemberAsync(ResourceOwner owner, string vpcId, string networkInterfaceId, AddressSet addresses, MutationOptions options)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        if (!State.Exists || !SameTenant(owner) || _deleting)
        {
            return Outcomes.Failure<GroupSnapshot>(ResourceErrors.SecurityGroupNotFound());
        }

        if (State.ServiceManaged)
        {
            return Outcomes.Failure<GroupSnapshot>(ResourceErrors.Managed(GroupId));
        }

        if (State.VpcId != vpcId)
        {
            return Outcomes.Failure<GroupSnapshot>(ResourceErrors.GroupInOtherVpc());
        }

        var isMember = _members.TryGetValue(networkInterfaceId, out var current);
        if (isMember && current!.Equals(addresses))
        {
            return Outcomes.Success(Snapshot());
        }

        if (State.Type == SecurityGroupType.Normal)
        {
            // Members' private addresses are distinct within a VPC, so the capacity is a running sum.
            var total = MemberAddressCount() - (isMember ? current!.Count : 0) + addresses.Count;
            if (total > (UInt128)_options.QuotasFor(State.Owner?.AccountId).PrivateIpsPerBasicGroup)
            {
                return Outcomes.Failure<GroupSnapshot>(ResourceErrors.GroupFull($"a basic group holds at most {_options.QuotasFor(State.Owner?.AccountId).PrivateIpsPerBasicGroup} private IP addresses"));
            }
        }
        else if (!isMember && _members.Count + 1 > _options.QuotasFor(State.Owner?.AccountId).NetworkInterfacesPerAdvancedGroup)
        {
            return Outcomes.Failure<GroupSnapshot>(ResourceErrors.GroupFull($"an advanced group holds at most {_options.QuotasFor(State.Owner?.AccountId).NetworkInterfacesPerAdvancedGroup} network interfaces"));
        }

        _memberAddressCount = MemberAddressCount() - (isMember ? current!.Count : 0) + addresses.Count;
        _members.Set(networkInterfaceId, addresses);
        await CommitAsync(options, membersChanged: true);
        return Outcomes.Success(Snapshot());
    }

    public async Task<MutationResult> RemoveMemberAsync(string networkInterfaceId, MutationOptions options)
    {
        if (!State.Exists || !_members.Remove(networkInterfaceId, out var removed))
        {
            return MutationResult.Success(State.Version);
        }

        _memberAddressCount = _memberAddressCount is { } count ? count - removed.Count : null;

        return await CommitAsync(options, membersChanged: true);
    }

    private UInt128 MemberAddressCount()
    {
        if (_memberAddressCount is not { } count)
        {
            count = 0;
            foreach (var addresses in _members.Values)
            {
                count += addresses.Count;
            }

            _memberAddressCount = count;
        }

        return count;
    }

    public async Task<AddressSet> AddReferrerAsync(string referrerGroupId)
    {
        if (State.Referrers.Add(referrerGroupId))
        {
            await PersistAsync();
        }

        return MemberAddresses();
    }

    public async Task RemoveReferrerAsync(string referrerGroupId)
    {
        if (State.Referrers.Remove(referrerGroupId))
        {
            await PersistAsync();
        }
    }

    public async Task ReferencedGroupChangedAsync(string groupId, AddressSet addresses, MutationOptions options)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        if (!State.Exists || !State.ReferencedGroups.TryGetValue(groupId, out var current) || current.Equals(addresses))
        {
            return;
        }

        State.ReferencedGroups[groupId] = addresses;
        await CommitAsync(options, membersChanged: false);
    }

    public async Task PrefixListChangedAsync(string prefixListId, AddressSet entries, MutationOptions options)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (!State.Exists || !State.PrefixLists.TryGetValue(prefixListId, out var current) || current.Equals(entries))
        {
            return;
        }

        State.PrefixLists[prefixListId] = entries;
        await CommitAsync(options, membersChanged: false);
    }
}
