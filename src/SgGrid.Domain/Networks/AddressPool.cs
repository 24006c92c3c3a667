using System.Numerics;
using SgGrid.Domain.Addresses;

namespace SgGrid.Domain.Networks;

/// <summary>
/// The private IPv4 addresses of one vSwitch CIDR block: which are free, which are taken. Allocation is next-fit over a
/// bitmap: a cursor remembers where the last allocation ended, and full 64-address words are skipped whole, so a
/// /16 (65,536 addresses, 8 KiB of bitmap) never rescans from its start.
/// </summary>
/// <remarks>
/// Invariants: the first address and the last three of the block are reserved (Alibaba reserves them in every vSwitch)
/// and never handed out; <see cref="AllocatedCount"/> + <see cref="AvailableCount"/> = block size − 4. Not thread-safe
/// (a grain owns it).
/// </remarks>
public sealed class AddressPool
{
    /// <summary>Addresses reserved at the start of every block (the network address).</summary>
    public const int ReservedAtStart = 1;

    /// <summary>Addresses reserved at the end of every block.</summary>
    public const int ReservedAtEnd = 3;

    /// <summary>Smallest prefix length a pool accepts (a /16 has 65,536 addresses).</summary>
    public const int MinimumPrefixLength = 16;

    /// <summary>Largest prefix length a pool accepts (a /29 has 8 addresses, 4 usable).</summary>
    public const int MaximumPrefixLength = 29;

    private readonly ulong[] _bits;
    private int _cursor;

    private AddressPool(IpCidr cidr, ulong[] bits, int cursor, int allocated)
    {
        Cidr = cidr;
        _bits = bits;
        _cursor = cursor;
        AllocatedCount = allocated;
    }

    public IpCidr Cidr { get; }

    /// <summary>Number of addresses in the block, reserved ones included.</summary>
    public int Size => 1 << (32 - Cidr.PrefixLength);

    /// <summary>Addresses that may ever be allocated: the block minus the four reserved.</summary>
    public int UsableCount => Size - ReservedAtStart - ReservedAtEnd;

    public int AllocatedCount { get; private set; }

    public int AvailableCount => UsableCount - AllocatedCount;

    /// <summary>Where the next search starts (persisted so a reactivated pool keeps its next-fit order).</summary>
    public int Cursor => _cursor;

    /// <summary>An empty pool over <paramref name="cidr"/> (IPv4, /16 to /29).</summary>
    public static AddressPool Create(IpCidr cidr)
    {
        Validate(cidr);
        var size = 1 << (32 - cidr.PrefixLength);
        var bits = new ulong[(size + 63) / 64];
        var pool = new AddressPool(cidr, bits, ReservedAtStart, 0);
        pool.MarkReservedAndPadding();
        return pool;
    }

    /// <summary>A pool from its persisted bitmap (<see cref="ExportBits"/>) and cursor.</summary>
    public static AddressPool Restore(IpCidr cidr, ReadOnlySpan<ulong> bits, int cursor)
    {
        Validate(cidr);
        var size = 1 << (32 - cidr.PrefixLength);
        if (bits.Length != (size + 63) / 64)
        {
            throw new ArgumentException($"A bitmap of {bits.Length} words does not fit {cidr}.", nameof(bits));
        }

        var copy = bits.ToArray();
        var pool = new AddressPool(cidr, copy, cursor >= 0 && cursor < size ? cursor : ReservedAtStart, 0);
        pool.MarkReservedAndPadding();
        var taken = 0;
        foreach (var word in copy)
        {
            taken += BitOperations.PopCount(word);
        }

        pool.AllocatedCount = taken - ReservedAtStart - ReservedAtEnd - (copy.Length * 64 - size);
        return pool;
    }

    /// <summary>A copy of the bitmap (bit i set = address <c>First + i</c> taken or reserved), for persistence.</summary>
    public ulong[] ExportBits() => (ulong[])_bits.Clone();

    /// <summary>Whether <paramref name="address"/> is one of the block's four reserved addresses.</summary>
    public bool IsReserved(NetworkAddress address)
    {
        if (!Cidr.Contains(address))
        {
            return false;
        }

        var index = IndexOf(address);
        return index < ReservedAtStart || index >= Size - ReservedAtEnd;
    }

    public bool IsAllocated(NetworkAddress address) =>
        Cidr.Contains(address) && !IsReserved(address) && IsSet(IndexOf(address));

    /// <summary>Takes <paramref name="count"/> free addresses in next-fit order, or none when fewer are free.</summary>
    public bool TryAllocate(int count, ICollection<NetworkAddress> allocated)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentNullException.ThrowIfNull(allocated);
        if (count > AvailableCount)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            var index = FindFree(_cursor);
            // AvailableCount guarantees a free bit exists.
            Set(index);
            AllocatedCount++;
            _cursor = index + 1 == Size ? 0 : index + 1;
            allocated.Add(AddressAt(index));
        }

        return true;
    }

    /// <summary>Takes one given address.</summary>
    public AddressClaim TryClaim(NetworkAddress address)
    {
        if (!Cidr.Contains(address))
        {
            return AddressClaim.OutsideBlock;
        }

        if (IsReserved(address))
        {
            return AddressClaim.Reserved;
        }

        var index = IndexOf(address);
        if (IsSet(index))
        {
            return AddressClaim.Taken;
        }

        Set(index);
        AllocatedCount++;
        return AddressClaim.Claimed;
    }

    /// <summary>Frees <paramref name="address"/>; false when it was not allocated (releasing twice is harmless).</summary>
    public bool Release(NetworkAddress address)
    {
        if (!IsAllocated(address))
        {
            return false;
        }

        var index = IndexOf(address);
        _bits[index >> 6] &= ~(1UL << (index & 63));
        AllocatedCount--;
        return true;
    }

    private static void Validate(IpCidr cidr)
    {
        if (cidr.Family != IpFamily.IPv4 || cidr.PrefixLength < MinimumPrefixLength || cidr.PrefixLength > MaximumPrefixLength)
        {
            throw new ArgumentOutOfRangeException(nameof(cidr), cidr, $"An address pool needs an IPv4 block of /{MinimumPrefixLength} to /{MaximumPrefixLength}.");
        }
    }

    private void MarkReservedAndPadding()
    {
        var size = Size;
        for (var i = 0; i < ReservedAtStart; i++)
        {
            Set(i);
        }

        for (var i = size - ReservedAtEnd; i < _bits.Length * 64; i++)
        {
            Set(i);
        }
    }

    private int FindFree(int start)
    {
        var index = ScanFrom(start);
        return index >= 0 ? index : ScanFrom(0);
    }

    // First clear bit at or after 'from' (padding bits past Size are set, so any clear bit is inside the block).
    private int ScanFrom(int from)
    {
        var word = from >> 6;
        var current = _bits[word] | ((1UL << (from & 63)) - 1);
        while (true)
        {
            if (current != ulong.MaxValue)
            {
                return (word << 6) + BitOperations.TrailingZeroCount(~current);
            }

            if (++word == _bits.Length)
            {
                return -1;
            }

            current = _bits[word];
        }
    }

    private bool IsSet(int index) => (_bits[index >> 6] & (1UL << (index & 63))) != 0;

    private void Set(int index) => _bits[index >> 6] |= 1UL << (index & 63);

    private int IndexOf(NetworkAddress address) => (int)(address.Value - Cidr.First);

    private NetworkAddress AddressAt(int index) => new(Cidr.First + (UInt128)(uint)index, IpFamily.IPv4);
}
