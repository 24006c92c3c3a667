using System.Text.Json;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Simulation;
using SgGrid.Api.Tests.Support;
using SgGrid.Api.Tests.WhatIf;
using SgGrid.Domain.Rules;

namespace SgGrid.Api.Tests.Health;

/// <summary>
/// DescribeSecurityGroupHealth on hand-built groups: each finding type on the rule it is about with the rules that explain
/// it, hit-based <c>Unused</c> before and after traffic, group findings, a what-if scenario's copy, tenants and bad input.
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class SecurityGroupHealthTests(ApiHostFixture host)
{
    private const string Region = ApiRegion.RegionId;

    [Fact]
    public async Task RuleFindings_NameTheRuleAndTheRulesThatExplainIt()
    {
        var region = await MirroredRegion.CreateAsync(host.Client(ApiHostFixture.Alice));
        var web = await region.CreateGroupAsync();
        var ssh = await Authorize(region, web, "TCP", "22/22", "0.0.0.0/0", priority: 1);
        var sshOffice = await Authorize(region, web, "TCP", "22/22", "10.0.0.0/8", priority: 2);
        var blocked = await Authorize(region, web, "TCP", "8080/8080", "192.0.2.0/24", priority: 1, policy: "drop");
        var opened = await Authorize(region, web, "TCP", "8080/8080", "192.0.2.0/25", priority: 1);
        var http = await Authorize(region, web, "TCP", "80/80", "0.0.0.0/0", priority: 1);
        var closed = await Authorize(region, web, "UDP", "161/161", "198.51.100.0/24", priority: 1, policy: "drop");
        var everything = await Authorize(region, web, "ALL", "-1/-1", "0.0.0.0/0", priority: 100);
        var database = await Authorize(region, web, "TCP", "3306/3306", "0.0.0.0/0", priority: 50);
        await region.CreateNetworkInterfaceAsync(false, web);

        var findings = await HealthAsync(region.Client, ("SecurityGroupId", web));

        Assert.Equal([ssh], Find(findings, "Shadowed", sshOffice)[1..]);
        Assert.Contains(ssh, Explanation(findings, "Shadowed", sshOffice), StringComparison.Ordinal);
        Assert.Equal([blocked], Find(findings, "Conflicting", opened)[1..]);
        Assert.Equal([ssh], Find(findings, "PairwiseContained", sshOffice)[1..]);
        Assert.Equal([blocked], Find(findings, "PairwiseContained", opened)[1..]);
        Assert.Empty(Find(findings, "RiskyExposure", http));
        Assert.Contains("bastion", Explanation(findings, "RiskyExposure", ssh), StringComparison.Ordinal);
        Assert.Contains("application tier", Explanation(findings, "RiskyExposure", database), StringComparison.Ordinal);
        Assert.Contains("every port", Explanation(findings, "RiskyExposure", everything), StringComparison.Ordinal);
        // The ALL accept at priority 100 decides what nothing earlier does: the 3306 accept above it changes no verdict.
        Assert.NotEmpty(Find(findings, "Redundant", database));
        Assert.NotEmpty(Find(findings, "Redundant", http));
        Assert.Empty(Find(findings, "Redundant", closed)); // the drop keeps 198.51.100.0/24 off UDP 161, which ALL would accept
        Assert.Empty(Find(findings, "Shadowed", ssh));
        Assert.All(findings, f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("Explanation").GetString())));
    }

    [Fact]
    public async Task PairwiseContained_IdenticalRulesOfOppositePolicy_BothDirectionsReported()
    {
        // Issue 21: the accept that the drop beats at the same priority is reported as contained, whichever id sorts first.
        var region = await MirroredRegion.CreateAsync(host.Client(ApiHostFixture.Alice));
        var group = await region.CreateGroupAsync();
        var drop = await Authorize(region, group, "TCP", "7200/7200", "0.0.0.0/0", priority: 30, policy: "drop");
        var accept = await Authorize(region, group, "TCP", "7200/7200", "0.0.0.0/0", priority: 30);
        await region.CreateNetworkInterfaceAsync(false, group);

        var findings = await HealthAsync(region.Client, ("SecurityGroupId", group));

        Assert.Equal([accept, drop], Find(findings, "PairwiseContained", accept));
        Assert.Equal([drop, accept], Find(findings, "PairwiseContained", drop));
        Assert.Equal([drop], Find(findings, "Conflicting", accept)[1..]);
    }

    [Fact]
    public async Task Unused_FollowsTheHitCounters_ForTheGroupAndForOneEni()
    {
        var region = await MirroredRegion.CreateAsync(host.Client(ApiHostFixture.Alice));
        var web = await region.CreateGroupAsync();
        var http = await Authorize(region, web, "TCP", "80/80", "0.0.0.0/0", priority: 1);
        var https = await Authorize(region, web, "TCP", "443/443", "0.0.0.0/0", priority: 1);
        var eni = await region.CreateNetworkInterfaceAsync(false, web);
        var idle = await region.CreateNetworkInterfaceAsync(false, web);

        Assert.NotEmpty(Find(await HealthAsync(region.Client, ("SecurityGroupId", web)), "Unused", http));
        (await region.Client.SimAsync("CheckFlow", ("RegionId", Region), ("Source", "203.0.113.9"), ("Destination", eni), ("Protocol", "TCP"), ("DestinationPort", "80"))).Ok();

        var group = await HealthAsync(region.Client, ("SecurityGroupId", web));
        Assert.Empty(Find(group, "Unused", http));
        Assert.NotEmpty(Find(group, "Unused", https));
        Assert.Empty(Find(await HealthAsync(region.Client, ("NetworkInterfaceId", eni)), "Unused", http));
        Assert.NotEmpty(Find(await HealthAsync(region.Client, ("NetworkInterfaceId", idle)), "Unused", http)); // counted per ENI

        (await region.Client.SimAsync("ResetRuleHits", ("RegionId", Region), ("SecurityGroupId", web))).Ok();
        Assert.NotEmpty(Find(await HealthAsync(region.Client, ("SecurityGroupId", web)), "Unused", http));
    }

    [Fact]
    public async Task GroupFindings_EmptyUnreferencedAndNearQuota()
    {
        var region = await MirroredRegion.CreateAsync(host.Client(ApiHostFixture.Alice));
        var app = await region.CreateGroupAsync();
        var empty = await region.CreateGroupAsync();
        var unused = await region.CreateGroupAsync();
        var crowded = await region.CreateGroupAsync();
        var toEmpty = await Authorize(region, app, "TCP", "5432/5432", null, priority: 1, sourceGroup: empty);
        await region.CreateNetworkInterfaceAsync(false, app);
        await region.CreateNetworkInterfaceAsync(false, crowded);
        for (var port = 1000; port < 1016; port++)
        {
            await Authorize(region, crowded, "TCP", $"{port}/{port}", null, priority: 1, sourceGroup: app); // 16 of 20 group references
        }

        Assert.Single(Of(await HealthAsync(region.Client, ("SecurityGroupId", empty)), "EmptyGroup"));
        Assert.Empty(Of(await HealthAsync(region.Client, ("SecurityGroupId", empty)), "UnreferencedGroup"));
        Assert.Single(Of(await HealthAsync(region.Client, ("SecurityGroupId", unused)), "UnreferencedGroup"));
        Assert.NotEmpty(Find(await HealthAsync(region.Client, ("SecurityGroupId", app)), "MatchesNothing", toEmpty));
        var near = Assert.Single(Of(await HealthAsync(region.Client, ("SecurityGroupId", crowded)), "GroupNearQuota"));
        Assert.Contains("16 of 20 group-reference rules", near.GetProperty("Explanation").GetString(), StringComparison.Ordinal);
        Assert.Empty(Of(await HealthAsync(region.Client, ("SecurityGroupId", app)), "GroupNearQuota"));
        Assert.Empty(Of(await HealthAsync(region.Client, ("SecurityGroupId", app)), "EmptyGroup"));
    }

    [Fact]
    public async Task InAScenarioRegion_TheStagedRulesAreAnalyzed_ProductionStaysClean()
    {
        var region = await MirroredRegion.CreateAsync(host.Client(ApiHostFixture.Alice));
        var web = await region.CreateGroupAsync();
        await Authorize(region, web, "TCP", "80/80", "10.0.0.0/8", priority: 1);
        await region.CreateNetworkInterfaceAsync(false, web);
        var (_, scenarioRegion) = await region.Client.CreateScenarioAsync(region.Api.VpcId);
        var scenario = region.Fork(scenarioRegion);
        var staged = await scenario.AuthorizeAsync(web, Direction.Ingress, ("IpProtocol", "TCP"), ("PortRange", "22/22"), ("SourceCidrIp", "0.0.0.0/0"));

        var staging = (await region.Client.SimAsync("DescribeSecurityGroupHealth", ("RegionId", scenarioRegion), ("SecurityGroupId", web))).Ok();
        Assert.Contains(staging.Element("Findings.Finding").EnumerateArray(), f => f.GetProperty("Type").GetString() == "RiskyExposure" && FirstRule(f) == staged);
        Assert.DoesNotContain(await HealthAsync(region.Client, ("SecurityGroupId", web)), f => f.GetProperty("Type").GetString() == "RiskyExposure");
    }

    [Fact]
    public async Task AnotherTenantsIds_AreNotFound_AndBadInputGetsEcsErrors()
    {
        var region = await MirroredRegion.CreateAsync(host.Client(ApiHostFixture.Alice));
        var web = await region.CreateGroupAsync();
        var eni = await region.CreateNetworkInterfaceAsync(false, web);
        var bob = host.Client(ApiHostFixture.Bob);

        (await bob.SimAsync("DescribeSecurityGroupHealth", ("RegionId", Region), ("SecurityGroupId", web))).Fails("InvalidSecurityGroupId.NotFound", 404);
        (await bob.SimAsync("DescribeSecurityGroupHealth", ("RegionId", Region), ("NetworkInterfaceId", eni))).Fails("InvalidEniId.NotFound", 404);
        (await region.Client.SimAsync("DescribeSecurityGroupHealth", ("RegionId", Region))).Fails("MissingSecurityGroupId", 400);
        (await region.Client.SimAsync("DescribeSecurityGroupHealth", ("RegionId", Region), ("SecurityGroupId", web), ("NetworkInterfaceId", eni))).Fails("InvalidParameter.Conflict", 400);
        (await region.Client.SimAsync("DescribeSecurityGroupHealth", ("RegionId", Region), ("SecurityGroupId", "sg-" + new string('x', 300)))).Fails("InvalidSecurityGroupId.Malformed", 400);
        (await region.Client.SimAsync("DescribeSecurityGroupHealth", ("RegionId", "xx-nowhere-1"), ("SecurityGroupId", web))).Fails("InvalidRegionId.NotFound", 404);
    }

    [Fact]
    public async Task AGroupOfManyOverlappingRules_IsAnalyzedOrRefusedClearly_NeverAServerError()
    {
        var region = await MirroredRegion.CreateAsync(host.Client(ApiHostFixture.Bulk));
        var group = await region.CreateGroupAsync();
        var random = new Random(7);
        var parameters = new List<(string, string)> { ("RegionId", Region), ("SecurityGroupId", group) };
        for (var i = 1; i <= RuleCountForComplexity; i++)
        {
            var from = random.Next(1, 60_000);
            parameters.AddRange([
                ($"Permissions.{i}.IpProtocol", random.Next(2) == 0 ? "TCP" : "UDP"),
                ($"Permissions.{i}.PortRange", $"{from}/{from + random.Next(0, 5_000)}"),
                ($"Permissions.{i}.SourceCidrIp", $"{random.Next(1, 224)}.{random.Next(256)}.{random.Next(256)}.0/{random.Next(8, 25)}"),
                ($"Permissions.{i}.SourcePortRange", $"{random.Next(1, 30_000)}/{random.Next(30_000, 65_536)}"),
                ($"Permissions.{i}.Priority", $"{random.Next(1, 100)}"),
                ($"Permissions.{i}.Policy", random.Next(3) == 0 ? "drop" : "accept"),
            ]);
        }

        (await region.Client.EcsAsync("AuthorizeSecurityGroup", [.. parameters])).Ok();
        await region.CreateNetworkInterfaceAsync(false, group);

        var answer = await region.Client.SimAsync("DescribeSecurityGroupHealth", ("RegionId", Region), ("SecurityGroupId", group));

        Assert.True(answer.IsSuccess || (answer.Status == 400 && answer.Code == "InvalidOperation.HealthTooComplex"), answer.ToString());
    }

    /// <summary>Rules with random blocks, port and source-port ranges, priorities and policies: regions that fragment.</summary>
    private const int RuleCountForComplexity = 300;

    private static async Task<string> Authorize(MirroredRegion region, string group, string protocol, string ports, string? cidr, int priority, string policy = "accept", string? sourceGroup = null) =>
        (await region.AuthorizeAsync(group, Direction.Ingress,
            [("IpProtocol", protocol), ("PortRange", ports), ("Priority", $"{priority}"), ("Policy", policy), sourceGroup is null ? ("SourceCidrIp", cidr!) : ("SourceGroupId", sourceGroup)]))!;

    private static async Task<JsonElement[]> HealthAsync(EcsClient client, (string Name, string Value) target)
    {
        var body = (await client.SimAsync("DescribeSecurityGroupHealth", ("RegionId", Region), target)).Ok();
        var findings = body.Element("Findings.Finding").EnumerateArray().Select(f => f.Clone()).ToArray();
        Assert.Equal(findings.Length, body.Element("TotalCount").GetInt32());
        return findings;
    }

    private static IEnumerable<JsonElement> Of(JsonElement[] findings, string type) => findings.Where(f => f.GetProperty("Type").GetString() == type);

    /// <summary>The rule ids of the finding of <paramref name="type"/> about <paramref name="rule"/> (empty when there is none).</summary>
    private static string[] Find(JsonElement[] findings, string type, string rule) =>
        Of(findings, type).Where(f => FirstRule(f) == rule)
            .Select(f => f.GetProperty("SecurityGroupRuleIds").GetProperty("SecurityGroupRuleId").EnumerateArray().Select(r => r.GetString()!).ToArray())
            .FirstOrDefault() ?? [];

    private static string Explanation(JsonElement[] findings, string type, string rule) =>
        Of(findings, type).Single(f => FirstRule(f) == rule).GetProperty("Explanation").GetString()!;

    private static string FirstRule(JsonElement finding) =>
        finding.GetProperty("SecurityGroupRuleIds").GetProperty("SecurityGroupRuleId") is { ValueKind: JsonValueKind.Array } ids && ids.GetArrayLength() > 0 ? ids[0].GetString()! : "";
}
