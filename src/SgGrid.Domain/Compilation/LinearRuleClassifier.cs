using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SgGrid.Domain.Compilation;

/// <summary>A straight scan over the entries as a struct of arrays: fastest for small rule sets.</summary>
internal sealed class LinearRuleClassifier<T> : RuleClassifier<T>
    where T : unmanaged, IBinaryInteger<T>
{
    private readonly int[] _ruleIndex;
    private readonly T[] _remote;   // first, last pairs
    private readonly T[] _local;    // first, last pairs
    private readonly uint[] _ports; // destination first, last, source first, last packed as (last << 16 | first)
    private readonly ushort[] _protocols; // (last << 8 | first)

    public LinearRuleClassifier(IReadOnlyList<ClassifierEntry<T>> entries)
    {
        var n = entries.Count;
        _ruleIndex = new int[n];
        _remote = new T[n * 2];
        _local = new T[n * 2];
        _ports = new uint[n * 2];
        _protocols = new ushort[n];
        for (var i = 0; i < n; i++)
        {
            var e = entries[i];
            _ruleIndex[i] = e.RuleIndex;
            _remote[2 * i] = e.RemoteFirst;
            _remote[(2 * i) + 1] = e.RemoteLast;
            _local[2 * i] = e.LocalFirst;
            _local[(2 * i) + 1] = e.LocalLast;
            _ports[2 * i] = ((uint)e.DestinationPortLast << 16) | e.DestinationPortFirst;
            _ports[(2 * i) + 1] = ((uint)e.SourcePortLast << 16) | e.SourcePortFirst;
            _protocols[i] = (ushort)((e.ProtocolLast << 8) | e.ProtocolFirst);
        }
    }

    public override long FootprintBytes =>
        (_ruleIndex.Length * 4L) + (_remote.Length * (long)Unsafe.SizeOf<T>() * 2) + (_ports.Length * 4L) + (_protocols.Length * 2L);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int FirstMatch(T remote, T local, byte protocol, ushort sourcePort, ushort destinationPort)
    {
        ref var remotes = ref MemoryMarshal.GetArrayDataReference(_remote);
        ref var locals = ref MemoryMarshal.GetArrayDataReference(_local);
        ref var ports = ref MemoryMarshal.GetArrayDataReference(_ports);
        ref var protocols = ref MemoryMarshal.GetArrayDataReference(_protocols);
        var n = _ruleIndex.Length;
        for (var i = 0; i < n; i++)
        {
            var p = Unsafe.Add(ref protocols, i);
            var dp = Unsafe.Add(ref ports, 2 * i);
            var sp = Unsafe.Add(ref ports, (2 * i) + 1);
            if (protocol >= (byte)p && protocol <= (p >> 8) &&
                destinationPort >= (ushort)dp && destinationPort <= (dp >> 16) &&
                sourcePort >= (ushort)sp && sourcePort <= (sp >> 16) &&
                remote >= Unsafe.Add(ref remotes, 2 * i) && remote <= Unsafe.Add(ref remotes, (2 * i) + 1) &&
                local >= Unsafe.Add(ref locals, 2 * i) && local <= Unsafe.Add(ref locals, (2 * i) + 1))
            {
                return _ruleIndex[i];
            }
        }

        return -1;
    }

    public override int RunScratchLength => _ruleIndex.Length;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int PrepareRun(T remote, T local, Span<ulong> scratch)
    {
        // The entries whose address boxes hold the pair, in order: per flow only protocol and ports are compared.
        ref var remotes = ref MemoryMarshal.GetArrayDataReference(_remote);
        ref var locals = ref MemoryMarshal.GetArrayDataReference(_local);
        var used = 0;
        for (var i = 0; i < _ruleIndex.Length; i++)
        {
            if (remote >= Unsafe.Add(ref remotes, 2 * i) && remote <= Unsafe.Add(ref remotes, (2 * i) + 1) &&
                local >= Unsafe.Add(ref locals, 2 * i) && local <= Unsafe.Add(ref locals, (2 * i) + 1))
            {
                scratch[used++] = (ulong)i;
            }
        }

        return used;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int FirstMatchInRun(ReadOnlySpan<ulong> run, byte protocol, ushort sourcePort, ushort destinationPort)
    {
        ref var ports = ref MemoryMarshal.GetArrayDataReference(_ports);
        ref var protocols = ref MemoryMarshal.GetArrayDataReference(_protocols);
        for (var k = 0; k < run.Length; k++)
        {
            var i = (int)run[k];
            var p = Unsafe.Add(ref protocols, i);
            var dp = Unsafe.Add(ref ports, 2 * i);
            var sp = Unsafe.Add(ref ports, (2 * i) + 1);
            if (protocol >= (byte)p && protocol <= (p >> 8) &&
                destinationPort >= (ushort)dp && destinationPort <= (dp >> 16) &&
                sourcePort >= (ushort)sp && sourcePort <= (sp >> 16))
            {
                return _ruleIndex[i];
            }
        }

        return -1;
    }
}
