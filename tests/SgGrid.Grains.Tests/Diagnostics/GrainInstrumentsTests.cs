using System.Diagnostics.Metrics;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Grains.Diagnostics;
using SgGrid.Grains.Tests.Support;
using static SgGrid.Grains.Tests.Support.Permissions;

namespace SgGrid.Grains.Tests.Diagnostics;

/// <summary>The convergence and evaluation instruments record real values (the silos run in this process).</summary>
[Collection(SharedCluster.Name)]
public class GrainInstrumentsTests(ClusterFixture fixture)
{
    private readonly TestRegion _region = new(fixture.Grains);

    [Fact]
    public async Task RuleChangeAndEvaluation_RecordConvergenceAndFlows()
    {
        var convergence = new List<double>();
        long flows = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == GrainInstruments.MeterName &&
                instrument.Name is "sggrid.fanout.convergence.duration" or "sggrid.flows.evaluated")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) =>
        {
            lock (convergence)
            {
                convergence.Add(value);
            }
        });
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref flows, value));
        listener.Start();

        var group = await _region.CreateGroupAsync();
        var eni = await _region.CreateEniAsync(group);
        await _region.AuthorizeAsync(group, Direction.Ingress, In("TCP", "443/443", "0.0.0.0/0"));
        var decisions = await _region.Eni(eni).EvaluateBatchAsync(Direction.Ingress,
            [.. Enumerable.Range(0, 10).Select(i => Flow.Create(Domain.Addresses.NetworkAddress.Parse("203.0.113.9"), _region.Enis[eni], 6, 33000, (ushort)(440 + i)))]);

        Assert.Equal(1, decisions.Count(d => d.Allowed));
        lock (convergence)
        {
            Assert.NotEmpty(convergence);
            Assert.All(convergence, seconds => Assert.InRange(seconds, 0, 30));
        }

        Assert.True(Interlocked.Read(ref flows) >= 10);
    }
}
