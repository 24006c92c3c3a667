using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.Json;
using Orleans.TestingHost;
using SgGrid.Domain.Addresses;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.Vpcs;
using SgGrid.Grains.Hosting;
using SgGrid.Grains.Tests.Support;
using Xunit.Abstractions;

namespace SgGrid.Grains.Tests.Durability;

/// <summary>
/// Azure Table storage (Azurite) with a tenant far past the 3,651 ENIs at which the directory's single entity used to
/// pass Azure's ~1 MB limit (EntityTooLarge, issue 13): 12,000 ENI summaries in the directory and their addresses in
/// the VPC's index are written, every silo is stopped, and new silos read them back identical (docs/scale.md).
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class LargeTenantDurabilityTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const int NetworkInterfaces = 12_000;
    private readonly string _serviceId = $"sggrid-large-{Guid.NewGuid():N}";

    private async Task<InProcessTestCluster> StartClusterAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ConfigureFileLogging = false;
        builder.Options.ServiceId = _serviceId;
        builder.ConfigureSilo((options, silo) => silo.UseSgGridGrains(StorageKind.AzureTable, azurite.ConnectionString));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    private static ResourceSummary Summary(int i, string vpcId) => new()
    {
        Id = $"eni-{i:x6}large{i % 7919:x4}",
        Kind = ResourceKind.NetworkInterface,
        VpcId = vpcId,
        VSwitchId = $"vsw-large{i % 8}",
        ZoneId = "cn-hangzhou-h",
        Name = $"tier-{i % 5}-eni-{i}",
        Tags = ImmutableDictionary<string, string>.Empty.Add("team", $"team-{i % 13}"),
        Attributes = ImmutableDictionary<string, string>.Empty.Add("Status", "Available").Add("PrimaryIpAddress", Address(i)),
        AttributeSets = ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("SecurityGroupId", [$"sg-large{i % 40:x4}", $"sg-large{i % 3:x4}"]),
        CreationTime = DateTimeOffset.UnixEpoch.AddSeconds(i),
    };

    private static string Address(int i) => $"10.{1 + (i >> 16)}.{i >> 8 & 255}.{i & 255}";

    [Fact]
    public async Task TwelveThousandEnis_WrittenRestartedAndReadBackIdentical()
    {
        var owner = TestIds.Tenant();
        var vpcId = TestIds.Vpc();
        var summaries = Enumerable.Range(0, NetworkInterfaces).Select(i => Summary(i, vpcId)).ToList();
        var clock = Stopwatch.StartNew();
        var first = await StartClusterAsync();
        List<ResourceSummary> before;
        try
        {
            var vpc = first.Client.GetGrain<IVpcGrain>(vpcId);
            Assert.True((await vpc.CreateAsync(new VpcSpec { Owner = owner, CidrBlock = IpCidr.Parse("10.0.0.0/8") })).Succeeded);
            var directory = first.Client.GetAccountRegionDirectory(owner);
            foreach (var chunk in summaries.Chunk(1000))
            {
                var registered = await Task.WhenAll(chunk.Select(directory.RegisterAsync));
                Assert.All(registered, Assert.True);
                var indexed = await Task.WhenAll(chunk.Select(s => vpc.RegisterAddressesAsync(owner, s.Id, AddressSet.Of(IpCidr.Parse(s.Attributes["PrimaryIpAddress"])))));
                Assert.All(indexed, r => Assert.True(r.Succeeded, string.Join("; ", r.Errors)));
            }

            before = await AllAsync(directory);
            output.WriteLine($"{NetworkInterfaces} ENIs written in {clock.Elapsed.TotalSeconds:F1} s");
        }
        finally
        {
            await first.StopAllSilosAsync();
            await first.DisposeAsync();
        }

        clock.Restart();
        var second = await StartClusterAsync();
        try
        {
            var directory = second.Client.GetAccountRegionDirectory(owner);
            var after = await AllAsync(directory);
            output.WriteLine($"read back after the restart in {clock.Elapsed.TotalSeconds:F1} s");
            Assert.Equal(NetworkInterfaces, after.Count);
            // Field by field (records compare their dictionaries by reference): the same JSON.
            Assert.Equal(before.Select(s => JsonSerializer.Serialize(s)), after.Select(s => JsonSerializer.Serialize(s)));
            Assert.Equal(summaries.OrderByDescending(s => s.Id, StringComparer.Ordinal).Select(s => s.Id), after.Select(s => s.Id));

            var vpc = second.Client.GetGrain<IVpcGrain>(vpcId);
            Assert.Equal(NetworkInterfaces, (await vpc.GetInfoAsync(owner))!.NetworkInterfaceCount);
            foreach (var i in Enumerable.Range(0, NetworkInterfaces).Where(i => i % 97 == 0))
            {
                Assert.Equal(summaries[i].Id, await vpc.FindNetworkInterfaceAsync(NetworkAddress.Parse(Address(i))));
            }

            // Still writable: a change after the restart lands.
            Assert.True(await directory.RegisterAsync(Summary(NetworkInterfaces, vpcId)));
            Assert.Equal(NetworkInterfaces + 1, (await directory.GetCountsAsync())[ResourceKind.NetworkInterface]);
        }
        finally
        {
            await second.StopAllSilosAsync();
            await second.DisposeAsync();
        }
    }

    private static async Task<List<ResourceSummary>> AllAsync(IAccountRegionDirectoryGrain directory)
    {
        var all = new List<ResourceSummary>();
        string? token = null;
        do
        {
            var page = await directory.ListAsync(new ResourceQuery { Kind = ResourceKind.NetworkInterface, MaxResults = ResourceQuery.MaxPageSize, NextToken = token });
            all.AddRange(page.Items);
            token = page.NextToken;
        }
        while (token is not null);
        return all;
    }
}
