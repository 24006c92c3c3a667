using System.Diagnostics;
using SgGrid.Grains.Abstractions.Evaluation;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.LoadTests.Hosting;
using SgGrid.LoadTests.Measurement;

namespace SgGrid.LoadTests.Flows;

/// <summary>
/// Sends a pool of batches round and round until a flow count or a deadline, <see cref="Concurrency"/> calls in flight per
/// silo, each issued on the silo of its target ENI when routing is <c>silo</c> (else through the Orleans client).
/// Counts verdicts and allowed flows, records per-batch latency, and counts batches whose allowed count differs from
/// the reference's.
/// </summary>
internal sealed class BatchDriver(ClusterConnection connection, int concurrency, bool routeToSilo)
{
    private long _flows;
    private long _allowed;
    private long _batches;
    private long _mismatches;

    public int Concurrency => concurrency;

    public long Flows => Interlocked.Read(ref _flows);

    public long Allowed => Interlocked.Read(ref _allowed);

    public long Batches => Interlocked.Read(ref _batches);

    public long Mismatches => Interlocked.Read(ref _mismatches);

    public LatencyHistogram Latency { get; } = new();

    public bool RoutesToSilo => routeToSilo && connection.Silos.Count > 0;

    /// <summary>Runs until <paramref name="flowTarget"/> flows are decided (or <paramref name="deadline"/> passes); returns seconds.</summary>
    public async Task<double> RunAsync(IReadOnlyList<RoutedBatch> pool, long flowTarget, bool echo, CancellationToken deadline = default)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var clock = Stopwatch.StartNew();
        var workers = Math.Max(1, concurrency * Math.Max(1, connection.Silos.Count));
        var next = -1L;
        var perBatch = pool[0].Count;
        var batchTarget = (flowTarget / perBatch) + (flowTarget % perBatch == 0 ? 0 : 1);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            long i;
            while ((i = Interlocked.Increment(ref next)) < batchTarget && !deadline.IsCancellationRequested)
            {
                var batch = pool[(int)(i % pool.Count)];
                var factory = RoutesToSilo && batch.TargetSilo >= 0 ? connection.Silos[batch.TargetSilo] : connection.Client;
                var grain = factory.GetGrain<INetworkInterfaceGrain>(batch.Target);
                var started = Stopwatch.GetTimestamp();
                var verdicts = echo
                    ? await grain.EchoConnectionsAsync(batch.LocalDirection, batch.Peer, batch.Batch)
                    : await grain.EvaluateConnectionsAsync(batch.LocalDirection, batch.Peer, batch.Batch);
                Latency.RecordSince(started);
                Interlocked.Add(ref _flows, verdicts.Count);
                Interlocked.Add(ref _allowed, verdicts.Allowed);
                Interlocked.Increment(ref _batches);
                if (!echo && batch.ExpectedAllowed >= 0 && batch.ExpectedAllowed != verdicts.Allowed)
                {
                    Interlocked.Increment(ref _mismatches);
                }
            }
        }))).ConfigureAwait(false);
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>Sends one batch and returns its verdicts (for probes).</summary>
    public async Task<VerdictBatch> SendAsync(RoutedBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var factory = RoutesToSilo && batch.TargetSilo >= 0 ? connection.Silos[batch.TargetSilo] : connection.Client;
        return await factory.GetGrain<INetworkInterfaceGrain>(batch.Target).EvaluateConnectionsAsync(batch.LocalDirection, batch.Peer, batch.Batch);
    }
}
