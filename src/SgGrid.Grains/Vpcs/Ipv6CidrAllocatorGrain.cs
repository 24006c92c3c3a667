using SgGrid.Domain.Addresses;
using SgGrid.Domain.Networks;
using SgGrid.Grains.Abstractions.Vpcs;
using SgGrid.Grains.Hosting;

namespace SgGrid.Grains.Vpcs;

/// <summary>
/// Hands out VPC IPv6 /56 blocks in order. A counter rather than a hash of the VPC id, so blocks never collide; the pool
/// (2^36 blocks) cannot run out in practice, and running out would be a bug, hence an exception rather than an ECS error.
/// </summary>
public sealed class Ipv6CidrAllocatorGrain(
    [PersistentState("state", SgGridStorage.Name)] IPersistentState<Ipv6CidrAllocatorState> state) : Grain, IIpv6CidrAllocatorGrain
{
    private HashSet<long>? _used;

    public async Task<IpCidr> AllocateAsync(string vpcId)
    {
        ArgumentException.ThrowIfNullOrEmpty(vpcId);
        if (state.State.Blocks.TryGetValue(vpcId, out var existing))
        {
            return Ipv6Blocks.VpcBlock(existing);
        }

        var used = Used();
        var number = state.State.Next;
        while (used.Contains(number))
        {
            number++;
        }

        if (number >= Ipv6Blocks.VpcBlockCount)
        {
            throw new InvalidOperationException($"The VPC IPv6 pool {Ipv6Blocks.VpcPool} is exhausted.");
        }

        state.State.Next = number + 1;
        state.State.Blocks[vpcId] = number;
        used.Add(number);
        await state.WriteStateAsync();
        return Ipv6Blocks.VpcBlock(number);
    }

    public async Task<bool> ReserveAsync(string vpcId, IpCidr block)
    {
        ArgumentException.ThrowIfNullOrEmpty(vpcId);
        if (Ipv6Blocks.VpcBlockNumber(block) is not { } number)
        {
            return false;
        }

        if (state.State.Blocks.TryGetValue(vpcId, out var existing))
        {
            return existing == number;
        }

        var used = Used();
        if (used.Contains(number))
        {
            return false;
        }

        state.State.Blocks[vpcId] = number;
        used.Add(number);
        await state.WriteStateAsync();
        return true;
    }

    /// <summary>The block numbers live VPCs hold (built once per activation).</summary>
    private HashSet<long> Used() => _used ??= [.. state.State.Blocks.Values];

    public async Task ReleaseAsync(string vpcId)
    {
        if (state.State.Blocks.Remove(vpcId, out var number))
        {
            _used?.Remove(number);
            await state.WriteStateAsync();
        }
    }
}
