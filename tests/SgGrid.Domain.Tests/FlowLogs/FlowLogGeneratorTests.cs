using System.Text;
using SgGrid.Domain.FlowLogs;
using SgGrid.Domain.Rules;
using SgGrid.Domain.Snapshots.Generation;

namespace SgGrid.Domain.Tests.FlowLogs;

public class FlowLogGeneratorTests
{
    private static readonly SgGrid.Domain.Snapshots.Documents.RegionSnapshot Region = RegionSnapshotGenerator.Generate(new RegionShape { NetworkInterfaces = 60, SecurityGroups = 8 });

    [Fact]
    public void Generate_Region_MostlyAcceptedIngressOnTheRegionsEnisWithScansAndRejects()
    {
        var records = FlowLogGenerator.Generate(Region, new FlowLogShape { Records = 5_000, Seed = 3 }).ToArray();
        var enis = Region.DescribeNetworkInterfaces.SelectMany(a => a.NetworkInterfaceSets!.Items).Select(e => e.NetworkInterfaceId).ToHashSet();

        Assert.Equal(5_000, records.Length);
        Assert.All(records, r => Assert.Contains(r.NetworkInterfaceId, enis));
        Assert.Equal(Enumerable.Range(1, 5_000).Select(i => (long)i), records.Select(r => r.Line));
        var rejects = records.Count(r => r.Action == FlowLogAction.Reject);
        var acceptedIngress = records.Count(r => r.Action == FlowLogAction.Accept && r.Direction == Direction.Ingress);
        Assert.InRange(rejects, 300, 700);
        Assert.True(acceptedIngress > records.Length / 2, $"{acceptedIngress} accepted ingress records");
        Assert.Contains(records, r => r.Direction == Direction.Egress);
    }

    [Fact]
    public void Generate_SameSeed_SameLog_ThatReadsBackInEveryForm()
    {
        var shape = new FlowLogShape { Records = 500, Seed = 9 };
        var first = FlowLogGenerator.Generate(Region, shape).ToArray();
        Assert.Equal(first, FlowLogGenerator.Generate(Region, shape).ToArray());

        var reader = new FlowLogLineReader(FlowLogFormat.JsonLines);
        var read = first.Select(r => reader.TryRead(Encoding.UTF8.GetBytes(FlowLogWriter.JsonLine(r)), out var back) ? back : default).ToArray();
        Assert.Equal(first, read);
    }
}
