using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Orleans.Concurrency;
using SgGrid.Domain.Compilation;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Evaluation;
using SgGrid.Grains.Abstractions.NetworkInterfaces;

namespace SgGrid.Grains.NetworkInterfaces;

/// <summary>
/// The packed throughput path (design §4a): a batch of 16-byte flows arrives at the ENI of one end, which evaluates its
/// side while the peer ENI evaluates the other on its own filter; decisions go back as 32-bit words. Also the
/// transport-only ceiling: the same calls and shapes with no evaluation.
/// </summary>
public sealed partial class NetworkInterfaceGrain
{
    private static readonly uint ExternalDecision = PackedDecision.Pack(FilterDecision.Default(true));

    public async Task<VerdictBatch> EvaluateConnectionsAsync(Direction localDirection, string? peerNetworkInterfaceId, FlowBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        // The peer's side runs concurrently (on its own silo when it lives elsewhere) while this one evaluates.
        var peer = peerNetworkInterfaceId is null
            ? null
            : GrainFactory.GetCachedGrain<INetworkInterfaceGrain>(peerNetworkInterfaceId).EvaluatePackedAsync(Opposite(localDirection), batch);
        var local = (await EvaluatePackedAsync(localDirection, batch)).Value;
        var remote = peer is null ? External(batch.Count) : (await peer).Value;
        return Join(localDirection, local, remote);
    }

    public async Task<Immutable<byte[]>> EvaluatePackedAsync(Direction direction, FlowBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var filter = State.Exists ? await CurrentFilterAsync() : null;
        if (filter is null)
        {
            throw new InvalidOperationException($"Network interface {NetworkInterfaceId} has no usable filter.");
        }

        var bytes = new byte[batch.Count * sizeof(uint)];
        var allowed = EvaluatePacked(filter, direction, batch.Ipv4Flows, MemoryMarshal.Cast<byte, uint>(bytes.AsSpan()));
        instruments.FlowsEvaluated.Add(allowed, Tag(direction), new KeyValuePair<string, object?>("verdict", "allow"));
        instruments.FlowsEvaluated.Add(batch.Count - allowed, Tag(direction), new KeyValuePair<string, object?>("verdict", "deny"));
        return bytes.AsImmutable();
    }

    public async Task<VerdictBatch> EchoConnectionsAsync(Direction localDirection, string? peerNetworkInterfaceId, FlowBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var peer = peerNetworkInterfaceId is null
            ? null
            : GrainFactory.GetCachedGrain<INetworkInterfaceGrain>(peerNetworkInterfaceId).EchoPackedAsync(Opposite(localDirection), batch);
        var local = (await EchoPackedAsync(localDirection, batch)).Value;
        var remote = peer is null ? External(batch.Count) : (await peer).Value;
        return Join(localDirection, local, remote);
    }

    public Task<Immutable<byte[]>> EchoPackedAsync(Direction direction, FlowBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return Task.FromResult(External(batch.Count).AsImmutable());
    }

    public Task<string> GetSiloAsync() => Task.FromResult(RuntimeIdentity);

    /// <summary>
    /// Decides the batch on the compiled filter's batch path (one run per address pair) into packed words, counting rule
    /// hits like every other evaluation; returns the allowed count.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int EvaluatePacked(Filters.NetworkInterfaceFilter filter, Direction direction, ReadOnlySpan<Ipv4Flow> flows, Span<uint> packed)
    {
        var decisions = ArrayPool<FilterDecision>.Shared.Rent(flows.Length);
        try
        {
            filter.For(direction).Evaluate(flows, decisions);
            _hits.Count(filter, direction, decisions.AsSpan(0, flows.Length));
            var allowed = 0;
            for (var i = 0; i < flows.Length; i++)
            {
                allowed += decisions[i].Allowed ? 1 : 0;
                packed[i] = PackedDecision.Pack(decisions[i]);
            }

            return allowed;
        }
        finally
        {
            ArrayPool<FilterDecision>.Shared.Return(decisions);
        }
    }

    private static Direction Opposite(Direction direction) => direction == Direction.Ingress ? Direction.Egress : Direction.Ingress;

    private static byte[] External(int count)
    {
        var bytes = new byte[count * sizeof(uint)];
        MemoryMarshal.Cast<byte, uint>(bytes.AsSpan()).Fill(ExternalDecision);
        return bytes;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static VerdictBatch Join(Direction localDirection, byte[] local, byte[] remote)
    {
        var (source, destination) = localDirection == Direction.Ingress ? (remote, local) : (local, remote);
        var s = MemoryMarshal.Cast<byte, uint>(source.AsSpan());
        var d = MemoryMarshal.Cast<byte, uint>(destination.AsSpan());
        var allowed = 0;
        for (var i = 0; i < s.Length; i++)
        {
            allowed += (int)((s[i] & d[i]) >> 31);
        }

        return new VerdictBatch { SourceBytes = source, DestinationBytes = destination, Allowed = allowed };
    }
}
