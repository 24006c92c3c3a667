using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;
using static SgGrid.Api.Tests.Ecs.Actions.SecurityGroupTestCalls;

namespace SgGrid.Api.Tests.Ecs.Actions;

/// <summary>
/// D5 over HTTP with the default quotas (200 rules per group, 1,000 per ENI): a prefix-list rule weighs its list's
/// MaxEntries, and ModifyPrefixList's MaxEntries is checked against every group using the list and every ENI of them.
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class RuleLimitTests(ApiHostFixture host)
{
    private const string RegionId = ApiRegion.RegionId;

    private EcsClient Alice => host.Client(ApiHostFixture.Alice);

    private async Task<string> ListAsync(int maxEntries) =>
        (await Alice.EcsAsync("CreatePrefixList", ("RegionId", RegionId), ("PrefixListName", "offices"), ("AddressFamily", "IPv4"),
            ("MaxEntries", $"{maxEntries}"), ("Entry.1.Cidr", "203.0.113.0/24"))).Ok().Get("PrefixListId");

    private Task<EcsResponse> ResizeAsync(string list, int maxEntries) =>
        Alice.EcsAsync("ModifyPrefixList", ("RegionId", RegionId), ("PrefixListId", list), ("MaxEntries", $"{maxEntries}"));

    private async Task<int> MaxEntriesAsync(string list) =>
        (await Alice.EcsAsync("DescribePrefixListAttributes", ("RegionId", RegionId), ("PrefixListId", list))).Ok().Element("MaxEntries").GetInt32();

    [Fact]
    public async Task PrefixListRules_WeighMaxEntries_AgainstTheGroupLimit_AndARaiseOverItIsRefused()
    {
        var region = await ApiRegion.CreateAsync(Alice);
        var group = await region.CreateSecurityGroupAsync();
        var list = await ListAsync(100);
        (await Alice.AuthorizeAsync(group, Permission(1, ("IpProtocol", "TCP"), ("PortRange", "80/80"), ("SourcePrefixListId", list)))).Ok();
        (await Alice.AuthorizeEgressAsync(group, Permission(1, ("IpProtocol", "TCP"), ("PortRange", "80/80"), ("DestPrefixListId", list)))).Ok();

        // 2 rules, weighing 200: the group is full.
        (await Alice.AuthorizeAsync(group, TcpFrom(1, "22/22"))).Fails("AuthorizationLimitExceed", 403);
        (await ResizeAsync(list, 101)).Fails("AuthorizationLimitExceed", 403);
        Assert.Equal(100, await MaxEntriesAsync(list));

        (await ResizeAsync(list, 99)).Ok();
        Assert.Equal(99, await MaxEntriesAsync(list));
        (await Alice.AuthorizeAsync(group, TcpFrom(1, "22/22"))).Ok();
        Assert.Equal(3, (await Alice.RulesAsync(group)).Count);
    }

    [Fact]
    public async Task PrefixListRules_WeighMaxEntries_AgainstThePerEniLimit_AcrossItsGroups()
    {
        var region = await ApiRegion.CreateAsync(Alice);
        var list = await ListAsync(200);
        var groups = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var group = await region.CreateSecurityGroupAsync();
            (await Alice.AuthorizeAsync(group, Permission(1, ("IpProtocol", "TCP"), ("PortRange", "443/443"), ("SourcePrefixListId", list)))).Ok();
            groups.Add(group);
        }

        var eni = await region.CreateEniIdAsync([.. groups]);

        // Five groups of one 200-entry rule each: the ENI holds 1,000, its limit.
        (await Alice.AuthorizeEgressAsync(groups[0], TcpTo(1, "25/25"))).Fails("AuthorizationLimitExceed", 403);
        var sixth = await region.CreateSecurityGroupAsync();
        (await Alice.AuthorizeAsync(sixth, TcpFrom(1, "22/22"))).Ok();
        (await Alice.EcsAsync("JoinSecurityGroup", ("RegionId", RegionId), ("NetworkInterfaceId", eni), ("SecurityGroupId", sixth))).Fails("AuthorizationLimitExceed", 403);

        (await ResizeAsync(list, 199)).Ok();
        (await Alice.EcsAsync("JoinSecurityGroup", ("RegionId", RegionId), ("NetworkInterfaceId", eni), ("SecurityGroupId", sixth))).Ok();
        (await ResizeAsync(list, 200)).Fails("AuthorizationLimitExceed", 403);
        Assert.Equal(199, await MaxEntriesAsync(list));
    }
}
