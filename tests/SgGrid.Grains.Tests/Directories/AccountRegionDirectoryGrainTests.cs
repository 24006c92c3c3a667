using System.Collections.Immutable;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Tests.Support;

namespace SgGrid.Grains.Tests.Directories;

[Collection(SharedCluster.Name)]
public sealed class AccountRegionDirectoryGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    private static ResourceSummary Group(string id, string vpcId, string name, SecurityGroupType type = SecurityGroupType.Normal, ImmutableDictionary<string, string>? tags = null) => new()
    {
        Id = id,
        Kind = ResourceKind.SecurityGroup,
        VpcId = vpcId,
        Name = name,
        SecurityGroupType = type,
        Tags = tags ?? ImmutableDictionary<string, string>.Empty,
    };

    /// <summary>A directory with 25 groups sg-00 … sg-24 in two VPCs and a few other resources.</summary>
    private async Task<IAccountRegionDirectoryGrain> SeedAsync()
    {
        var directory = _grains.GetAccountRegionDirectory(TestIds.Tenant());
        await Task.WhenAll(Enumerable.Range(0, 25).Select(i => directory.RegisterAsync(Group(
            $"sg-{i:00}",
            i % 2 == 0 ? "vpc-even" : "vpc-odd",
            $"group-{i:00}",
            i % 5 == 0 ? SecurityGroupType.Enterprise : SecurityGroupType.Normal,
            i % 3 == 0 ? ImmutableDictionary<string, string>.Empty.Add("env", i % 6 == 0 ? "prod" : "test") : null))));
        await directory.RegisterAsync(new ResourceSummary { Id = "vpc-even", Kind = ResourceKind.Vpc, VpcId = "vpc-even" });
        await directory.RegisterAsync(new ResourceSummary { Id = "eni-1", Kind = ResourceKind.NetworkInterface, VpcId = "vpc-even", VSwitchId = "vsw-1", InstanceId = "i-1", ZoneId = "cn-hangzhou-h" });
        await directory.RegisterAsync(new ResourceSummary { Id = "eni-2", Kind = ResourceKind.NetworkInterface, VpcId = "vpc-even", VSwitchId = "vsw-2", Attributes = ImmutableDictionary<string, string>.Empty.Add("Status", "Available") });
        return directory;
    }

    [Fact]
    public async Task List_PageStyle_SortsByIdDescendingAndCountsAll()
    {
        var directory = await SeedAsync();

        var first = await directory.ListAsync(new ResourceQuery { Kind = ResourceKind.SecurityGroup, PageSize = 10 });
        var third = await directory.ListAsync(new ResourceQuery { Kind = ResourceKind.SecurityGroup, PageNumber = 3, PageSize = 10 });
        var beyond = await directory.ListAsync(new ResourceQuery { Kind = ResourceKind.SecurityGroup, PageNumber = 4, PageSize = 10 });

        Assert.Equal(25, first.TotalCount);
        Assert.Equal(Enumerable.Range(15, 10).Reverse().Select(i => $"sg-{i:00}"), first.Items.Select(s => s.Id));
        Assert.Equal(["sg-04", "sg-03", "sg-02", "sg-01", "sg-00"], third.Items.Select(s => s.Id));
        Assert.Equal(3, third.PageNumber);
        Assert.Null(third.NextToken);
        Assert.Empty(beyond.Items);
        Assert.Equal(25, beyond.TotalCount);
    }

    [Fact]
    public async Task List_TokenStyle_WalksEveryItemOnce()
    {
        var directory = await SeedAsync();
        var seen = new List<string>();
        string? token = null;
        var calls = 0;
        do
        {
            var page = await directory.ListAsync(new ResourceQuery { Kind = ResourceKind.SecurityGroup, MaxResults = 10, NextToken = token });
            Assert.Equal(25, page.TotalCount);
            seen.AddRange(page.Items.Select(s => s.Id));
            token = page.NextToken;
            calls++;
        }
        while (token is not null);

        Assert.Equal(3, calls);
        Assert.Equal(Enumerable.Range(0, 25).Reverse().Select(i => $"sg-{i:00}"), seen);
    }

    [Fact]
    public async Task List_TokenStyle_ExactMultipleHasNoTrailingToken()
    {
        var directory = _grains.GetAccountRegionDirectory(TestIds.Tenant());
        await directory.RegisterAsync(Group("sg-a", "vpc-1", "a"));
        await directory.RegisterAsync(Group("sg-b", "vpc-1", "b"));

        var page = await directory.ListAsync(new ResourceQuery { Kind = ResourceKind.SecurityGroup, MaxResults = 2 });

        Assert.Equal(2, page.Items.Length);
        Assert.Null(page.NextToken);
    }

    [Fact]
    public async Task List_Filters_CombineWithAnd()
    {
        var directory = await SeedAsync();

        async Task<string[]> IdsOf(ResourceQuery query) => [.. (await directory.ListAsync(query with { PageSize = 100 })).Items.Select(s => s.Id)];

        Assert.Equal(13, (await IdsOf(new ResourceQuery { Kind = ResourceKind.SecurityGroup, VpcId = "vpc-even" })).Length);
        Assert.Equal(["sg-20", "sg-10", "sg-00"], await IdsOf(new ResourceQuery { Kind = ResourceKind.SecurityGroup, VpcId = "vpc-even", SecurityGroupType = SecurityGroupType.Enterprise }));
        Assert.Equal(["sg-24", "sg-21", "sg-18", "sg-15", "sg-12", "sg-09", "sg-06", "sg-03", "sg-00"], await IdsOf(new ResourceQuery { Kind = ResourceKind.SecurityGroup, Tags = ImmutableDictionary<string, string>.Empty.Add("env", "") }));
        Assert.Equal(["sg-21", "sg-15", "sg-09", "sg-03"], await IdsOf(new ResourceQuery { Kind = ResourceKind.SecurityGroup, Tags = ImmutableDictionary<string, string>.Empty.Add("env", "test") }));
        Assert.Equal(["sg-07"], await IdsOf(new ResourceQuery { Kind = ResourceKind.SecurityGroup, Name = "group-07" }));
        Assert.Equal(["sg-21", "sg-20"], await IdsOf(new ResourceQuery { Kind = ResourceKind.SecurityGroup, Name = "group-2*", Ids = ["sg-20", "sg-21", "sg-13", "sg-missing"] }));
        Assert.Equal(["sg-19", "sg-09"], await IdsOf(new ResourceQuery { Kind = ResourceKind.SecurityGroup, Name = "*-*9" }));
        Assert.Equal(["eni-1"], await IdsOf(new ResourceQuery { Kind = ResourceKind.NetworkInterface, InstanceId = "i-1", ZoneId = "cn-hangzhou-h" }));
        Assert.Equal(["eni-2"], await IdsOf(new ResourceQuery { Kind = ResourceKind.NetworkInterface, VSwitchId = "vsw-2" }));
        Assert.Equal(["eni-2"], await IdsOf(new ResourceQuery { Kind = ResourceKind.NetworkInterface, Attributes = ImmutableDictionary<string, string>.Empty.Add("Status", "Available") }));
        Assert.Empty(await IdsOf(new ResourceQuery { Kind = ResourceKind.Instance }));
    }

    [Fact]
    public async Task List_AnyOf_MatchesASingleValueOrOneOfASet()
    {
        var directory = _grains.GetAccountRegionDirectory(TestIds.Tenant());
        await directory.RegisterAsync(new ResourceSummary
        {
            Id = "eni-a",
            Kind = ResourceKind.NetworkInterface,
            Attributes = ImmutableDictionary<string, string>.Empty.Add("PrimaryIpAddress", "10.0.0.1"),
            AttributeSets = ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("SecurityGroupId", ["sg-1", "sg-2"]),
        });
        await directory.RegisterAsync(new ResourceSummary
        {
            Id = "eni-b",
            Kind = ResourceKind.NetworkInterface,
            AttributeSets = ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("SecurityGroupId", ["sg-3"]),
        });

        async Task<string[]> IdsOf(string field, params string[] values) => [.. (await directory.ListAsync(new ResourceQuery
        {
            Kind = ResourceKind.NetworkInterface,
            AnyOf = ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add(field, [.. values]),
        })).Items.Select(s => s.Id)];

        Assert.Equal(["eni-a"], await IdsOf("SecurityGroupId", "sg-2"));
        Assert.Equal(["eni-b", "eni-a"], await IdsOf("SecurityGroupId", "sg-1", "sg-3"));
        Assert.Equal(["eni-a"], await IdsOf("PrimaryIpAddress", "10.0.0.9", "10.0.0.1"));
        Assert.Empty(await IdsOf("SecurityGroupId"));
        Assert.Empty(await IdsOf("Unknown", "x"));
    }

    [Fact]
    public async Task Counts_UpdateAndUnregister_AreReflected()
    {
        var directory = await SeedAsync();

        var counts = await directory.GetCountsAsync();
        Assert.Equal(25, counts[ResourceKind.SecurityGroup]);
        Assert.Equal(2, counts[ResourceKind.NetworkInterface]);
        Assert.Equal(1, counts[ResourceKind.Vpc]);
        Assert.False(counts.ContainsKey(ResourceKind.Instance));

        Assert.True(await directory.UpdateAsync(Group("sg-07", "vpc-odd", "renamed")));
        Assert.False(await directory.UpdateAsync(Group("sg-99", "vpc-odd", "ghost")));
        await directory.UnregisterAsync(ResourceKind.SecurityGroup, "sg-08");
        await directory.UnregisterAsync(ResourceKind.Vpc, "sg-09");

        Assert.Equal(24, (await directory.GetCountsAsync())[ResourceKind.SecurityGroup]);
        var renamed = await directory.ListAsync(new ResourceQuery { Kind = ResourceKind.SecurityGroup, Name = "renamed" });
        Assert.Equal("sg-07", Assert.Single(renamed.Items).Id);
        Assert.Empty((await directory.ListAsync(new ResourceQuery { Kind = ResourceKind.SecurityGroup, Ids = ["sg-08", "sg-99"] })).Items);
    }

    [Fact]
    public async Task OtherTenant_SeesNothing()
    {
        var owner = TestIds.Tenant();
        await _grains.GetAccountRegionDirectory(owner).RegisterAsync(Group("sg-mine", "vpc-1", "mine"));
        var stranger = TestIds.Tenant();

        Assert.Empty((await _grains.GetAccountRegionDirectory(stranger).ListAsync(new ResourceQuery { Kind = ResourceKind.SecurityGroup, Ids = ["sg-mine"] })).Items);
        Assert.Empty((await _grains.GetAccountRegionDirectory(owner with { RegionId = "cn-beijing" }).ListAsync(new ResourceQuery { Kind = ResourceKind.SecurityGroup })).Items);
        Assert.Empty(await _grains.GetAccountRegionDirectory(stranger).GetCountsAsync());
    }
}
