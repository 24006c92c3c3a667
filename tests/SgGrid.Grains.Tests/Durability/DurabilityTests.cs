using Orleans.TestingHost;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Evaluation;
using SgGrid.Grains.Hosting;
using SgGrid.Grains.Tests.Support;
using static SgGrid.Grains.Tests.Support.Permissions;

namespace SgGrid.Grains.Tests.Durability;

/// <summary>Azure Table storage (Azurite): a region written by one cluster is whole in the next one, and decides alike.</summary>
[Collection(SharedAzurite.Name)]
public class DurabilityTests(AzuriteFixture azurite)
{
    private readonly string _serviceId = $"sggrid-durability-{Guid.NewGuid():N}";

    private async Task<InProcessTestCluster> StartClusterAsync()
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.Options.ConfigureFileLogging = false;
        builder.Options.ServiceId = _serviceId;
        builder.ConfigureSilo((options, silo) => silo.UseSgGridGrains(StorageKind.AzureTable, azurite.ConnectionString));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    [Fact]
    public async Task WholeClusterRestart_RegionIsBackAndDecidesAlike()
    {
        var first = await StartClusterAsync();
        var region = new TestRegion(first.Client);
        var web = await region.CreateGroupAsync();
        var db = await region.CreateGroupAsync();
        await region.AuthorizeAsync(web, Direction.Ingress, In("TCP", "443/443", "0.0.0.0/0", priority: 5), In("TCP", "22/22", "203.0.113.0/24", priority: 1, policy: "drop"));
        await region.AuthorizeAsync(db, Direction.Ingress, InFromGroup("TCP", "3306/3306", web));
        await region.AuthorizeAsync(db, Direction.Egress, Out("ALL", "-1/-1", "0.0.0.0/0", priority: 100, policy: "drop"));
        var webEni = await region.CreateEniAsync(web);
        var dbEni = await region.CreateEniAsync(db);
        var secondWeb = await region.CreateEniAsync(web, db);
        var extra = region.NextAddress();
        Assert.True((await region.Eni(webEni).AssignPrivateAddressesAsync(region.Owner, [extra], MutationOptions.Default)).Succeeded);

        var rulesBefore = (await region.Group(web).GetRulesAsync()).Concat(await region.Group(db).GetRulesAsync()).ToArray();
        var infoBefore = await region.Eni(webEni).GetInfoAsync();
        var flows = Probes(region, extra);
        var before = await DecideAsync(first.Client, region, flows);
        await first.StopAllSilosAsync();
        await first.DisposeAsync();

        var second = await StartClusterAsync();
        try
        {
            var restored = new TestRegionView(second.Client, region);
            var rulesAfter = (await restored.Group(web).GetRulesAsync()).Concat(await restored.Group(db).GetRulesAsync()).ToArray();
            Assert.Equal(rulesBefore, rulesAfter);
            Assert.Equal([db], (await restored.Group(web).GetReferrersAsync()).ToArray());
            Assert.Equal(new[] { dbEni, secondWeb }.Order(StringComparer.Ordinal), (await restored.Group(db).GetMembersAsync()).ToArray());
            var infoAfter = await restored.Eni(webEni).GetInfoAsync();
            Assert.Equal(infoBefore!.SecondaryIpAddresses.ToArray(), infoAfter!.SecondaryIpAddresses.ToArray());
            Assert.Equal(infoBefore.SecurityGroupIds.ToArray(), infoAfter.SecurityGroupIds.ToArray());
            Assert.Equal(infoBefore.MacAddress, infoAfter.MacAddress);

            var after = await DecideAsync(second.Client, region, flows);
            Assert.Equal(before, after);
            Assert.Contains(after, allowed => allowed);
            Assert.Contains(after, allowed => !allowed);
        }
        finally
        {
            await second.StopAllSilosAsync();
            await second.DisposeAsync();
        }
    }

    private static List<(string? Source, string? Destination, Flow Flow)> Probes(TestRegion region, NetworkAddress extra)
    {
        var probes = new List<(string?, string?, Flow)>();
        var external = NetworkAddress.Parse("203.0.113.9");
        foreach (var (source, sourceAddress) in region.Enis.Select(e => ((string?)e.Key, e.Value)).Append((null, external)).Append((null, extra)))
        {
            foreach (var (destination, destinationAddress) in region.Enis)
            {
                if (sourceAddress == destinationAddress)
                {
                    continue;
                }

                foreach (var (protocol, port) in TestRegion.Probes.Append(((byte)6, (ushort)443)))
                {
                    probes.Add((source, destination, Flow.Create(sourceAddress, destinationAddress, protocol, 33000, port)));
                }
            }
        }

        return probes;
    }

    private static async Task<bool[]> DecideAsync(IGrainFactory grains, TestRegion region, List<(string? Source, string? Destination, Flow Flow)> probes)
    {
        var evaluator = grains.GetConnectionEvaluator();
        var verdicts = new bool[probes.Count];
        for (var i = 0; i < probes.Count; i++)
        {
            var outcome = await evaluator.CheckAsync(region.Owner, probes[i].Source, probes[i].Destination, probes[i].Flow);
            Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
            verdicts[i] = outcome.Value!.Allowed;
        }

        return verdicts;
    }

    /// <summary>The same region's grains, reached through another cluster's client.</summary>
    private sealed class TestRegionView(IGrainFactory grains, TestRegion region)
    {
        public Abstractions.SecurityGroups.ISecurityGroupGrain Group(string id) => grains.GetGrain<Abstractions.SecurityGroups.ISecurityGroupGrain>(id);

        public Abstractions.NetworkInterfaces.INetworkInterfaceGrain Eni(string id) => grains.GetGrain<Abstractions.NetworkInterfaces.INetworkInterfaceGrain>(id);

        public ResourceOwner Owner => region.Owner;
    }
}
