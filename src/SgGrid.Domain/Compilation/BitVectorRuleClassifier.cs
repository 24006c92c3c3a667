using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SgGrid.Domain.Compilation;

/// <summary>
/// Bit-vector classification over five dimensions (remote address, local address, protocol, source port,
/// destination port). Rule slots are numbered in evaluation order, so the lowest set bit of the AND of the five
/// looked-up bitsets is the first matching rule.
/// </summary>
internal sealed class BitVectorRuleClassifier<T> : RuleClassifier<T>
    where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
{
    private readonly BitDimension<T> _remote;
    private readonly BitDimension<T> _local;
    private readonly BitDimension<byte> _protocol;
    private readonly BitDimension<ushort> _sourcePort;
    private readonly BitDimension<ushort> _destinationPort;
    private readonly int[] _slotToRule;
    private readonly int _words;
    private readonly bool _sourcePortUniform;

    public BitVectorRuleClassifier(IReadOnlyList<ClassifierEntry<T>> entries)
    {
        // Entries arrive in rule order; a rule with several entries keeps one slot.
        var slots = new List<int>();
        var remote = new List<(T, T, int)>(entries.Count);
        var local = new List<(T, T, int)>(entries.Count);
        var protocol = new List<(byte, byte, int)>(entries.Count);
        var sourcePort = new List<(ushort, ushort, int)>(entries.Count);
        var destinationPort = new List<(ushort, ushort, int)>(entries.Count);
        foreach (var e in entries)
        {
            if (slots.Count == 0 || slots[^1] != e.RuleIndex)
            {
                slots.Add(e.RuleIndex);
            }

            var slot = slots.Count - 1;
            remote.Add((e.RemoteFirst, e.RemoteLast, slot));
            // The other dimensions are per rule; add them once per slot.
            if (local.Count == 0 || local[^1].Item3 != slot)
            {
                local.Add((e.LocalFirst, e.LocalLast, slot));
                protocol.Add((e.ProtocolFirst, e.ProtocolLast, slot));
                sourcePort.Add((e.SourcePortFirst, e.SourcePortLast, slot));
                destinationPort.Add((e.DestinationPortFirst, e.DestinationPortLast, slot));
            }
        }

        _slotToRule = [.. slots];
        _words = Math.Max(1, (slots.Count + 63) / 64);
        _remote = BitDimension<T>.Build(remote, slots.Count);
        _local = BitDimension<T>.Build(local, slots.Count);
        _protocol = BitDimension<byte>.Build(protocol, slots.Count);
        _sourcePort = BitDimension<ushort>.Build(sourcePort, slots.Count);
        _destinationPort = BitDimension<ushort>.Build(destinationPort, slots.Count);
        _sourcePortUniform = _sourcePort.IntervalCount == 1;
    }

    public override long FootprintBytes =>
        _remote.FootprintBytes + _local.FootprintBytes + _protocol.FootprintBytes + _sourcePort.FootprintBytes +
        _destinationPort.FootprintBytes + (_slotToRule.Length * 4L);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int FirstMatch(T remote, T local, byte protocol, ushort sourcePort, ushort destinationPort)
    {
        ref var b0 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_remote.Bits), _remote.Lookup(remote));
        ref var b1 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_local.Bits), _local.Lookup(local));
        ref var b2 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_protocol.Bits), _protocol.Lookup(protocol));
        ref var b3 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_sourcePort.Bits), _sourcePort.Lookup(sourcePort));
        ref var b4 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_destinationPort.Bits), _destinationPort.Lookup(destinationPort));
        for (var w = 0; w < _words; w++)
        {
            var x = Unsafe.Add(ref b0, w) & Unsafe.Add(ref b1, w) & Unsafe.Add(ref b2, w) & Unsafe.Add(ref b3, w) & Unsafe.Add(ref b4, w);
            if (x != 0)
            {
                return _slotToRule[(w << 6) + BitOperations.TrailingZeroCount(x)];
            }
        }

        return -1;
    }

    public override int RunScratchLength => 2 * _words;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int PrepareRun(T remote, T local, Span<ulong> scratch)
    {
        // (word index, remote AND local) for every word with a candidate left: the per-flow AND skips the empty ones.
        // Source ports are mostly unrestricted (one interval, the same bitset for every flow): folded in here.
        ref var b0 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_remote.Bits), _remote.Lookup(remote));
        ref var b1 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_local.Bits), _local.Lookup(local));
        ref var b3 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_sourcePort.Bits), _sourcePort.Lookup(0));
        var used = 0;
        for (var w = 0; w < _words; w++)
        {
            var x = Unsafe.Add(ref b0, w) & Unsafe.Add(ref b1, w) & (_sourcePortUniform ? Unsafe.Add(ref b3, w) : ulong.MaxValue);
            if (x != 0)
            {
                scratch[used] = (ulong)w;
                scratch[used + 1] = x;
                used += 2;
            }
        }

        return used;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int FirstMatchInRun(ReadOnlySpan<ulong> run, byte protocol, ushort sourcePort, ushort destinationPort)
    {
        ref var b2 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_protocol.Bits), _protocol.Lookup(protocol));
        ref var b4 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_destinationPort.Bits), _destinationPort.Lookup(destinationPort));
        if (_sourcePortUniform)
        {
            for (var k = 0; k + 1 < run.Length; k += 2)
            {
                var w = (int)run[k];
                var x = run[k + 1] & Unsafe.Add(ref b2, w) & Unsafe.Add(ref b4, w);
                if (x != 0)
                {
                    return _slotToRule[(w << 6) + BitOperations.TrailingZeroCount(x)];
                }
            }

            return -1;
        }

        ref var b3 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_sourcePort.Bits), _sourcePort.Lookup(sourcePort));
        for (var k = 0; k + 1 < run.Length; k += 2)
        {
            var w = (int)run[k];
            var x = run[k + 1] & Unsafe.Add(ref b2, w) & Unsafe.Add(ref b3, w) & Unsafe.Add(ref b4, w);
            if (x != 0)
            {
                return _slotToRule[(w << 6) + BitOperations.TrailingZeroCount(x)];
            }
        }

        return -1;
    }
}
