using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Directories;
using SgGrid.Grains.Hosting;
using SgGrid.Grains.Persistence;
using SgGrid.Grains.Tests.Support;

namespace SgGrid.Grains.Tests.Directories;

/// <summary>
/// The tenant directory stored in bounded partitions (docs/scale.md): under random concurrent registrations and
/// removals its listings, filters, both paging styles and counts equal a brute-force model, and no record it stores
/// grows with the tenant.
/// </summary>
[Collection(SharedCluster.Name)]
public sealed class DirectoryPartitionTests(ClusterFixture fixture)
{
    private const int PartitionBound = 64 * 1024;
    private static readonly string[] Vpcs = ["vpc-a", "vpc-b", "vpc-c"];

    private readonly IGrainFactory _grains = fixture.Grains;

    private static ResourceSummary Summary(Random random, int i)
    {
        var kind = random.Next(5) == 0 ? ResourceKind.SecurityGroup : ResourceKind.NetworkInterface;
        var prefix = kind == ResourceKind.SecurityGroup ? "sg" : "eni";
        return new ResourceSummary
        {
            Id = $"{prefix}-{random.Next():x8}{i:x5}",
            Kind = kind,
            VpcId = Vpcs[random.Next(Vpcs.Length)],
            VSwitchId = $"vsw-{random.Next(4)}",
            Name = $"name-{random.Next(10)}",
            Tags = random.Next(4) == 0 ? ImmutableDictionary<string, string>.Empty.Add("env", "prod") : ImmutableDictionary<string, string>.Empty,
            Attributes = ImmutableDictionary<string, string>.Empty.Add("Status", "Available").Add("PrimaryIpAddress", $"10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}"),
            AttributeSets = ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("SecurityGroupId", [$"sg-{random.Next(1_000_000):x8}0000a"]),
            CreationTime = DateTimeOffset.UnixEpoch.AddSeconds(i),
        };
    }

    private static IEnumerable<ResourceQuery> Queries(Random random)
    {
        foreach (var kind in new[] { ResourceKind.NetworkInterface, ResourceKind.SecurityGroup })
        {
            yield return new ResourceQuery { Kind = kind };
            yield return new ResourceQuery { Kind = kind, VpcId = Vpcs[random.Next(Vpcs.Length)] };
            yield return new ResourceQuery { Kind = kind, VpcId = Vpcs[random.Next(Vpcs.Length)], Name = $"name-{random.Next(10)}" };
            yield return new ResourceQuery { Kind = kind, Tags = ImmutableDictionary<string, string>.Empty.Add("env", "") };
            yield return new ResourceQuery { Kind = kind, VSwitchId = "vsw-1", Attributes = ImmutableDictionary<string, string>.Empty.Add("Status", "Available") };
        }
    }

    private static bool Matches(ResourceQuery query, ResourceSummary summary) =>
        query.Kind == summary.Kind &&
        (query.VpcId is null || query.VpcId == summary.VpcId) &&
        (query.VSwitchId is null || query.VSwitchId == summary.VSwitchId) &&
        (query.Name is null || query.Name == summary.Name) &&
        query.Tags.All(tag => summary.Tags.ContainsKey(tag.Key)) &&
        query.Attributes.All(attribute => summary.Attributes.GetValueOrDefault(attribute.Key) == attribute.Value);

    /// <summary>Both paging styles over the whole listing, checked page by page against the model.</summary>
    private static async Task AssertListingAsync(IAccountRegionDirectoryGrain directory, ResourceQuery query, IReadOnlyCollection<ResourceSummary> model, Random random)
    {
        var expected = model.Where(s => Matches(query, s)).OrderByDescending(s => s.Id, StringComparer.Ordinal).Select(s => s.Id).ToList();

        var size = random.Next(1, 120);
        var pages = Math.Max(1, (expected.Count + size - 1) / size);
        var byNumber = new List<string>();
        for (var number = 1; number <= pages + 1; number++)
        {
            var page = await directory.ListAsync(query with { PageNumber = number, PageSize = size });
            Assert.Equal(expected.Count, page.TotalCount);
            Assert.Equal(expected.Skip((number - 1) * size).Take(size), page.Items.Select(s => s.Id));
            byNumber.AddRange(page.Items.Select(s => s.Id));
        }

        Assert.Equal(expected, byNumber);

        var byToken = new List<string>();
        string? token = null;
        do
        {
            var page = await directory.ListAsync(query with { MaxResults = size, NextToken = token });
            Assert.Equal(expected.Count, page.TotalCount);
            byToken.AddRange(page.Items.Select(s => s.Id));
            token = page.NextToken;
        }
        while (token is not null);

        Assert.Equal(expected, byToken);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task ConcurrentRegistrationsAndRemovals_ListingsAndCountsEqualTheModel(int seed)
    {
        var random = new Random(seed);
        var directory = _grains.GetAccountRegionDirectory(TestIds.Tenant());
        var model = new Dictionary<string, ResourceSummary>(StringComparer.Ordinal);
        for (var round = 0; round < 4; round++)
        {
            var added = Enumerable.Range(round * 1000, 1000).Select(i => Summary(random, i)).ToList();
            var removed = model.Values.Where(_ => random.Next(3) == 0).ToList();
            var renamed = model.Values.Except(removed).Where(_ => random.Next(5) == 0).Select(s => s with { Name = "renamed", VpcId = "vpc-a" }).ToList();
            foreach (var summary in added.Concat(renamed))
            {
                model[summary.Id] = summary;
            }

            foreach (var summary in removed)
            {
                model.Remove(summary.Id);
            }

            // All in flight at once, interleaved.
            var calls = added.Select(s => (Func<Task>)(() => directory.RegisterAsync(s)))
                .Concat(removed.Select(s => (Func<Task>)(() => directory.UnregisterAsync(s.Kind, s.Id))))
                .Concat(renamed.Select(s => (Func<Task>)(async () => Assert.True(await directory.UpdateAsync(s)))))
                .OrderBy(_ => random.Next()).ToList();
            await Task.WhenAll(calls.Select(call => call()));

            var counts = await directory.GetCountsAsync();
            Assert.Equal(model.Values.GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => g.Count()), counts);
            foreach (var query in Queries(random).Append(new ResourceQuery { Kind = ResourceKind.NetworkInterface, Name = "renamed" }))
            {
                await AssertListingAsync(directory, query, model.Values, random);
            }
        }
    }

    [Fact]
    public async Task LargeTenant_NoStoredRecordPassesThePartitionBound()
    {
        var owner = TestIds.Tenant();
        var directory = _grains.GetAccountRegionDirectory(owner);
        var random = new Random(5);
        var summaries = Enumerable.Range(0, 6000).Select(i => Summary(random, i) with { Kind = ResourceKind.NetworkInterface }).ToList();
        foreach (var chunk in summaries.Chunk(500))
        {
            await Task.WhenAll(chunk.Select(directory.RegisterAsync));
        }

        // Read back what the silo's storage holds: the root and each partition, at their serialized sizes.
        var services = fixture.Cluster.Silos[0].ServiceProvider;
        var storage = services.GetRequiredKeyedService<IGrainStorage>(SgGridStorage.Name);
        var serializer = services.GetRequiredService<Serializer>();
        var root = new GrainState<AccountRegionDirectoryState>(new AccountRegionDirectoryState());
        await storage.ReadStateAsync("state", directory.GetGrainId(), root);
        Assert.True(serializer.SerializeToArray(root.State).Length <= PartitionBound);
        var partitions = root.State!.Summaries.Partitions;
        Assert.True(partitions.Count >= 10, $"{partitions.Count} partitions for {summaries.Count} summaries");

        var stored = 0;
        foreach (var bound in partitions)
        {
            var id = GrainId.Create("sggrid-partition", $"{directory.GetGrainId()}/summaries/{bound.Number}");
            var partition = new GrainState<MapPartitionState<ResourceSummary>>(new MapPartitionState<ResourceSummary>());
            await storage.ReadStateAsync("state", id, partition);
            var bytes = serializer.SerializeToArray(partition.State!).Length;
            Assert.True(bytes <= PartitionBound, $"partition {bound.Number}: {bytes} bytes");
            Assert.True(partition.State!.Entries.Values.Sum(s => ResourceSummarySize.Estimate(s.Id, s)) >= bytes, "the size estimate is an upper bound");
            stored += partition.State!.Entries.Count;
        }

        Assert.Equal(summaries.Count, stored);
        Assert.Equal(summaries.Count, (await directory.GetCountsAsync())[ResourceKind.NetworkInterface]);
    }
}
