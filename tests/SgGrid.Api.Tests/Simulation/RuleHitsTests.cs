using System.Text.Json;
using SgGrid.Api.Tests.Ecs.Actions;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Simulation;

/// <summary>Rule hits over membership changes: counts are a member's, from its join or the group's last reset.</summary>
[Collection(ApiHostDefinition.Name)]
public sealed class RuleHitsTests(ApiHostFixture host)
{
    private const string Sim = "2026-11-28";
    private const string Region = ApiRegion.RegionId;

    [Fact]
    public async Task ResetRuleHits_WhileTheEniIsOutsideTheGroup_ItsCountsDoNotComeBackWhenItRejoins()
    {
        // Issue 21.1, step by step: G has one rule; E is in G and H; three flows hit the rule; E leaves G, G is reset, E rejoins.
        var region = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Alice));
        var g = await region.CreateSecurityGroupAsync();
        var h = await region.CreateSecurityGroupAsync();
        (await region.Client.EcsAsync("AuthorizeSecurityGroup", ("RegionId", Region), ("SecurityGroupId", g),
            ("Permissions.1.IpProtocol", "TCP"), ("Permissions.1.PortRange", "8080/8080"), ("Permissions.1.SourceCidrIp", "203.0.113.0/24"), ("Permissions.1.Priority", "1"))).Ok();
        var eni = await region.CreateEniIdAsync(g, h);
        var flows = Enumerable.Range(0, 3).Select(_ => new { Source = "203.0.113.5", Destination = eni, Protocol = "TCP", DestinationPort = 8080 });
        (await region.Client.CallAsync("CheckFlows", Sim, [new("RegionId", Region)], new SigningOptions { JsonBody = JsonSerializer.Serialize(new { Flows = flows }) })).Ok();
        Assert.Equal(3, await HitsAsync(region, g));

        (await region.Client.EcsAsync("LeaveSecurityGroup", ("RegionId", Region), ("NetworkInterfaceId", eni), ("SecurityGroupId", g))).Ok();
        (await region.Client.CallAsync("ResetRuleHits", Sim, [new("RegionId", Region), new("SecurityGroupId", g)])).Ok();
        var resetTime = (await Describe(region, g)).Get("LastResetTime");
        Assert.Equal(0, await HitsAsync(region, g));
        (await region.Client.EcsAsync("JoinSecurityGroup", ("RegionId", Region), ("NetworkInterfaceId", eni), ("SecurityGroupId", g))).Ok();

        Assert.Equal(0, await HitsAsync(region, g));
        Assert.Equal(resetTime, (await Describe(region, g)).Get("LastResetTime"));
        var health = (await region.Client.CallAsync("DescribeSecurityGroupHealth", Sim, [new("RegionId", Region), new("SecurityGroupId", g)])).Ok();
        Assert.Contains(health.Element("Findings.Finding").EnumerateArray(), f => f.GetProperty("Type").GetString() == "Unused");

        // Counting goes on from the join.
        (await region.Client.CallAsync("CheckFlow", Sim, [new("RegionId", Region), new("Source", "203.0.113.5"), new("Destination", eni), new("Protocol", "TCP"), new("DestinationPort", "8080")])).Ok();
        Assert.Equal(1, await HitsAsync(region, g));
    }

    [Fact]
    public async Task LeaveSecurityGroup_WithoutReset_TheLeftGroupsCountsGoWithIt_OtherGroupsKeepTheirs()
    {
        var region = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Alice));
        var g = await region.CreateSecurityGroupAsync();
        var h = await region.CreateSecurityGroupAsync();
        foreach (var (group, port) in new[] { (g, "8080"), (h, "9090") })
        {
            (await region.Client.EcsAsync("AuthorizeSecurityGroup", ("RegionId", Region), ("SecurityGroupId", group),
                ("Permissions.1.IpProtocol", "TCP"), ("Permissions.1.PortRange", $"{port}/{port}"), ("Permissions.1.SourceCidrIp", "203.0.113.0/24"))).Ok();
        }

        var eni = await region.CreateEniIdAsync(g, h);
        foreach (var port in new[] { "8080", "9090" })
        {
            (await region.Client.CallAsync("CheckFlow", Sim, [new("RegionId", Region), new("Source", "203.0.113.5"), new("Destination", eni), new("Protocol", "TCP"), new("DestinationPort", port)])).Ok();
        }

        (await region.Client.EcsAsync("LeaveSecurityGroup", ("RegionId", Region), ("NetworkInterfaceId", eni), ("SecurityGroupId", g))).Ok();
        (await region.Client.EcsAsync("JoinSecurityGroup", ("RegionId", Region), ("NetworkInterfaceId", eni), ("SecurityGroupId", g))).Ok();

        Assert.Equal(0, await HitsAsync(region, g));
        Assert.Equal(1, await HitsAsync(region, h));
    }

    private static async Task<EcsResponse> Describe(ApiRegion region, string group) =>
        (await region.Client.CallAsync("DescribeRuleHits", Sim, [new("RegionId", Region), new("SecurityGroupId", group)])).Ok();

    private static async Task<long> HitsAsync(ApiRegion region, string group) =>
        Assert.Single((await Describe(region, group)).Element("Rules.Rule").EnumerateArray().ToArray()).GetProperty("Hits").GetInt64();
}
