using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Simulation;
using SgGrid.Api.Tests.Support;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;

namespace SgGrid.Api.Tests.WhatIf;

/// <summary>
/// The what-if loop through the API: clone, change through the scenario's RegionId with ordinary ECS actions (production
/// untouched), diff, apply (exactly the staged rules; refused cleanly when production moved or a staged rule needs a
/// scenario-only group), scope, tenant isolation, deletion and bad input.
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class WhatIfScenarioTests(ApiHostFixture host)
{
    private const string Region = ApiRegion.RegionId;

    /// <summary>web (TCP 80 from anywhere) and db (TCP 3306 from web), two ENIs each (one with IPv6), mirrored.</summary>
    private async Task<(MirroredRegion Region, string Web, string Db)> TiersAsync()
    {
        var region = await MirroredRegion.CreateAsync(host.Client(ApiHostFixture.Alice));
        var web = await region.CreateGroupAsync();
        var db = await region.CreateGroupAsync();
        await region.AuthorizeAsync(web, Direction.Ingress, ("IpProtocol", "TCP"), ("PortRange", "80/80"), ("SourceCidrIp", "0.0.0.0/0"));
        await region.AuthorizeAsync(db, Direction.Ingress, ("IpProtocol", "TCP"), ("PortRange", "3306/3306"), ("SourceGroupId", web));
        await region.CreateNetworkInterfaceAsync(false, web);
        await region.CreateNetworkInterfaceAsync(true, web);
        await region.CreateNetworkInterfaceAsync(false, db);
        await region.CreateNetworkInterfaceAsync(true, db);
        return (region, web, db);
    }

    [Fact]
    public async Task ScenarioRegion_ChangesOnlyTheStagingCopy_WhoseVerdictsFollowTheChange()
    {
        var (production, web, db) = await TiersAsync();
        var before = await CheckAsync(production, production.RegionId);
        var (_, scenarioRegion) = await production.Client.CreateScenarioAsync(production.Api.VpcId);
        var scenario = production.Fork(scenarioRegion);
        await scenario.AuthorizeAsync(db, Direction.Ingress, ("IpProtocol", "TCP"), ("PortRange", "22/22"), ("SourceCidrIp", "0.0.0.0/0"));
        await scenario.AuthorizeAsync(web, Direction.Ingress, ("IpProtocol", "ALL"), ("PortRange", "-1/-1"), ("SourceCidrIp", "10.0.0.0/8"), ("Policy", "drop"), ("Priority", "1"));
        var moved = scenario.NetworkInterfaces.First(e => scenario.GroupsOf(e).Contains(web));
        await scenario.JoinAsync(moved, db);
        await scenario.LeaveAsync(moved, web);
        await scenario.CreateNetworkInterfaceAsync(true, db);

        Assert.Equal(before, await CheckAsync(production, production.RegionId));
        Assert.Single((await production.Client.EcsAsync("DescribeSecurityGroupAttribute", ("RegionId", Region), ("SecurityGroupId", db))).Ok().Element("Permissions.Permission").EnumerateArray());
        Assert.Equal(4, (await production.Client.EcsAsync("DescribeNetworkInterfaces", ("RegionId", Region), ("VpcId", production.Api.VpcId))).Ok().Element("TotalCount").GetInt32());
        Assert.Equal(5, (await production.Client.EcsAsync("DescribeNetworkInterfaces", ("RegionId", scenarioRegion), ("VpcId", production.Api.VpcId))).Ok().Element("TotalCount").GetInt32());
        await AssertAgreesAsync(scenario, scenarioRegion);
        await AssertAgreesAsync(production, Region);
    }

    [Fact]
    public async Task Apply_PromotesExactlyTheStagedRules_ThenProductionDecidesAsTheScenario()
    {
        var (production, web, db) = await TiersAsync();
        var (scenarioId, scenarioRegion) = await production.Client.CreateScenarioAsync(production.Api.VpcId);
        var scenario = production.Fork(scenarioRegion);
        await scenario.AuthorizeAsync(db, Direction.Ingress, ("IpProtocol", "TCP"), ("PortRange", "5432/5432"), ("SourceGroupId", web));
        await scenario.RevokeAsync(web, scenario.RulesOf(web)[0].RuleId);
        await scenario.SetPolicyAsync(db, InnerAccessPolicy.Drop);
        Assert.NotEmpty(await production.Client.DiffAsync(scenarioId));

        var applied = (await production.Client.SimAsync("ApplyWhatIfScenario", ("RegionId", Region), ("ScenarioId", scenarioId))).Ok();
        Assert.Equal("Applied", applied.Get("Status"));
        var promoted = applied.Element("SecurityGroups.SecurityGroup").EnumerateArray().ToDictionary(g => g.GetProperty("SecurityGroupId").GetString()!);
        Assert.Equal(1, promoted[db].GetProperty("RulesAdded").GetInt32());
        Assert.True(promoted[db].GetProperty("InnerAccessPolicyChanged").GetBoolean());
        Assert.Equal(1, promoted[web].GetProperty("RulesRemoved").GetInt32());
        foreach (var group in new[] { web, db })
        {
            Assert.Equal(await PermissionsAsync(production.Client, scenarioRegion, group), await PermissionsAsync(production.Client, Region, group));
        }

        await AssertAgreesAsync(scenario, Region); // production now decides as the staged configuration
        Assert.Empty(await production.Client.DiffAsync(scenarioId));
        (await production.Client.SimAsync("ApplyWhatIfScenario", ("RegionId", Region), ("ScenarioId", scenarioId))).Fails("IncorrectStatus.ScenarioApplied");
        var listed = (await production.Client.SimAsync("DescribeWhatIfScenarios", ("RegionId", Region), ("ScenarioId.1", scenarioId))).Ok();
        Assert.Equal("Applied", Assert.Single(listed.Element("Scenarios.Scenario").EnumerateArray()).GetProperty("Status").GetString());
    }

    [Fact]
    public async Task Apply_AfterAProductionChange_IsRefused_AndChangesNothing()
    {
        var (production, web, db) = await TiersAsync();
        var (scenarioId, scenarioRegion) = await production.Client.CreateScenarioAsync(production.Api.VpcId);
        var scenario = production.Fork(scenarioRegion);
        await scenario.AuthorizeAsync(web, Direction.Ingress, ("IpProtocol", "TCP"), ("PortRange", "443/443"), ("SourceCidrIp", "0.0.0.0/0"));
        await production.AuthorizeAsync(db, Direction.Ingress, ("IpProtocol", "TCP"), ("PortRange", "22/22"), ("SourceCidrIp", "192.0.2.0/24"));
        var before = (await PermissionsAsync(production.Client, Region, web), await PermissionsAsync(production.Client, Region, db));

        var refused = await production.Client.SimAsync("ApplyWhatIfScenario", ("RegionId", Region), ("ScenarioId", scenarioId));
        refused.Fails("IncorrectStatus.ProductionChanged", 403);
        Assert.Contains(db, refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, (await PermissionsAsync(production.Client, Region, web), await PermissionsAsync(production.Client, Region, db)));
        await AssertAgreesAsync(production, Region);
    }

    [Fact]
    public async Task Apply_WhenAStagedRuleNeedsAScenarioOnlyGroup_PromotesNothing()
    {
        var (production, web, db) = await TiersAsync();
        var (scenarioId, scenarioRegion) = await production.Client.CreateScenarioAsync(production.Api.VpcId);
        var scenario = production.Fork(scenarioRegion);
        var stagedOnly = await scenario.CreateGroupAsync();
        await scenario.AuthorizeAsync(web, Direction.Ingress, ("IpProtocol", "TCP"), ("PortRange", "8080/8080"), ("SourceCidrIp", "0.0.0.0/0"));
        await scenario.AuthorizeAsync(db, Direction.Ingress, ("IpProtocol", "TCP"), ("PortRange", "9000/9000"), ("SourceGroupId", stagedOnly));
        var before = (await PermissionsAsync(production.Client, Region, web), await PermissionsAsync(production.Client, Region, db));

        (await production.Client.SimAsync("ApplyWhatIfScenario", ("RegionId", Region), ("ScenarioId", scenarioId))).Fails("InvalidSourceGroupId.NotFound");
        Assert.Equal(before, (await PermissionsAsync(production.Client, Region, web), await PermissionsAsync(production.Client, Region, db)));
        await AssertAgreesAsync(production, Region);
        (await production.Client.EcsAsync("DescribeSecurityGroupAttribute", ("RegionId", Region), ("SecurityGroupId", stagedOnly))).Fails("InvalidSecurityGroupId.NotFound", 404);
    }

    [Fact]
    public async Task Scope_GroupsOutsideIt_CannotChangeInTheScenario()
    {
        var (production, web, db) = await TiersAsync();
        var (_, scenarioRegion) = await production.Client.CreateScenarioAsync(production.Api.VpcId, web);
        (await production.Client.EcsAsync("AuthorizeSecurityGroup", ("RegionId", scenarioRegion), ("SecurityGroupId", db),
            ("Permissions.1.IpProtocol", "TCP"), ("Permissions.1.PortRange", "22/22"), ("Permissions.1.SourceCidrIp", "0.0.0.0/0"))).Fails("InvalidOperation.SecurityGroupOutOfScenario");
        (await production.Client.EcsAsync("ModifySecurityGroupPolicy", ("RegionId", scenarioRegion), ("SecurityGroupId", db), ("InnerAccessPolicy", "Drop"))).Fails("InvalidOperation.SecurityGroupOutOfScenario");
        (await production.Client.EcsAsync("AuthorizeSecurityGroup", ("RegionId", scenarioRegion), ("SecurityGroupId", web),
            ("Permissions.1.IpProtocol", "TCP"), ("Permissions.1.PortRange", "22/22"), ("Permissions.1.SourceCidrIp", "0.0.0.0/0"))).Ok();
        (await production.Client.VpcAsync("CreateVpc", ("RegionId", scenarioRegion), ("CidrBlock", "172.16.0.0/16"))).Fails("InvalidOperation.ScenarioRegion");
        (await production.Client.SimAsync("CreateWhatIfScenario", ("RegionId", scenarioRegion), ("VpcId", production.Api.VpcId))).Fails("InvalidOperation.ScenarioRegion");
    }

    [Fact]
    public async Task AnotherTenant_CannotSeeOrUseTheScenario()
    {
        var (production, _, _) = await TiersAsync();
        var (scenarioId, scenarioRegion) = await production.Client.CreateScenarioAsync(production.Api.VpcId);
        var bob = host.Client(ApiHostFixture.Bob);
        (await bob.SimAsync("DescribeWhatIfDiff", ("RegionId", Region), ("ScenarioId", scenarioId))).Fails("InvalidScenarioId.NotFound", 404);
        (await bob.SimAsync("ApplyWhatIfScenario", ("RegionId", Region), ("ScenarioId", scenarioId))).Fails("InvalidScenarioId.NotFound", 404);
        (await bob.SimAsync("DeleteWhatIfScenario", ("RegionId", Region), ("ScenarioId", scenarioId))).Fails("InvalidScenarioId.NotFound", 404);
        (await bob.EcsAsync("DescribeSecurityGroups", ("RegionId", scenarioRegion))).Fails("InvalidRegionId.NotFound", 404);
        var listed = (await bob.SimAsync("DescribeWhatIfScenarios", ("RegionId", Region), ("ScenarioId.1", scenarioId))).Ok();
        Assert.Empty(listed.Element("Scenarios.Scenario").EnumerateArray());
    }

    [Fact]
    public async Task Delete_RemovesTheScenarioAndItsRegion_ProductionStays()
    {
        var (production, _, db) = await TiersAsync();
        var (scenarioId, scenarioRegion) = await production.Client.CreateScenarioAsync(production.Api.VpcId);
        Assert.Equal(2, (await production.Client.EcsAsync("DescribeSecurityGroups", ("RegionId", scenarioRegion), ("VpcId", production.Api.VpcId))).Ok().Element("TotalCount").GetInt32());
        (await production.Client.SimAsync("DeleteWhatIfScenario", ("RegionId", Region), ("ScenarioId", scenarioId))).Ok();
        (await production.Client.EcsAsync("DescribeSecurityGroups", ("RegionId", scenarioRegion))).Fails("InvalidRegionId.NotFound", 404);
        (await production.Client.SimAsync("DescribeWhatIfDiff", ("RegionId", Region), ("ScenarioId", scenarioId))).Fails("InvalidScenarioId.NotFound", 404);
        Assert.Empty((await production.Client.SimAsync("DescribeWhatIfScenarios", ("RegionId", Region), ("ScenarioId.1", scenarioId))).Ok().Element("Scenarios.Scenario").EnumerateArray());
        Assert.Single((await production.Client.EcsAsync("DescribeSecurityGroupAttribute", ("RegionId", Region), ("SecurityGroupId", db))).Ok().Element("Permissions.Permission").EnumerateArray());
        await AssertAgreesAsync(production, Region);
    }

    [Fact]
    public async Task Diff_FiltersAndPages_CutTheSameExactDiff()
    {
        var (production, web, db) = await TiersAsync();
        var (scenarioId, scenarioRegion) = await production.Client.CreateScenarioAsync(production.Api.VpcId);
        var scenario = production.Fork(scenarioRegion);
        await scenario.AuthorizeAsync(db, Direction.Ingress, ("IpProtocol", "ALL"), ("PortRange", "-1/-1"), ("SourceCidrIp", "0.0.0.0/0"));
        await scenario.AuthorizeAsync(web, Direction.Egress, ("IpProtocol", "UDP"), ("PortRange", "53/53"), ("DestCidrIp", "0.0.0.0/0"), ("Policy", "drop"));
        var whole = await production.Client.DiffAsync(scenarioId);
        var onePerPage = new List<string>();
        var token = "";
        do
        {
            (string, string)[] parameters = [("RegionId", Region), ("ScenarioId", scenarioId), ("MaxResults", "1")];
            var page = (await production.Client.SimAsync("DescribeWhatIfDiff", token.Length > 0 ? [.. parameters, ("NextToken", token)] : parameters)).Ok();
            Assert.Equal(whole.Count, page.Element("TotalCount").GetInt32());
            onePerPage.AddRange(page.Element("Differences.Difference").EnumerateArray().Select(e => e.GetRawText()));
            token = page.Get("NextToken");
        }
        while (token.Length > 0);
        Assert.Equal(whole.Select(e => e.GetRawText()), onePerPage);

        var universe = new DiffUniverse(production, scenario);
        var eni = scenario.NetworkInterfaces.First(e => scenario.GroupsOf(e).Contains(db));
        var bySource = (await production.Client.DiffAsync(scenarioId, ("Destination", eni), ("Protocol", "UDP"))).Select(ParsedDifference.Parse).ToArray();
        Assert.NotEmpty(bySource);
        foreach (var c in universe.Cases())
        {
            var expected = c.ProductionAllowed != c.ScenarioAllowed && c.To.Scenario == eni && c.Flow.Protocol == IpProtocol.UdpNumber;
            Assert.True(expected == bySource.Any(e => e.Holds(c.Flow)), $"{c.Flow}: filtered diff disagrees (expected {expected})");
        }
    }

    [Fact]
    public async Task BadInput_GetsClearEcsErrors()
    {
        var (production, web, _) = await TiersAsync();
        var other = await MirroredRegion.CreateAsync(production.Client, "10.8.0.0/16", "10.8.1.0/24");
        var foreign = await other.CreateGroupAsync();
        var client = production.Client;
        (await client.SimAsync("CreateWhatIfScenario", ("RegionId", Region), ("VpcId", "vpc-doesnotexist0000000000"))).Fails("InvalidVpcId.NotFound", 404);
        (await client.SimAsync("CreateWhatIfScenario", ("RegionId", Region), ("VpcId", production.Api.VpcId), ("SecurityGroupId.1", foreign))).Fails("InvalidSecurityGroupId.NotFound", 404);
        (await client.SimAsync("CreateWhatIfScenario", ("RegionId", Region))).Fails("MissingVpcId");
        var (scenarioId, _) = await client.CreateScenarioAsync(production.Api.VpcId, web);
        (await client.SimAsync("DescribeWhatIfDiff", ("RegionId", Region), ("ScenarioId", scenarioId), ("NextToken", "abc"))).Fails("InvalidNextToken.Malformed");
        (await client.SimAsync("DescribeWhatIfDiff", ("RegionId", Region), ("ScenarioId", scenarioId), ("Source", "not-an-end"))).Fails("InvalidSource.Malformed");
        (await client.SimAsync("DescribeWhatIfDiff", ("RegionId", Region), ("ScenarioId", scenarioId), ("Protocol", "HTTP"))).Fails("InvalidProtocol.Malformed");
        (await client.SimAsync("DescribeWhatIfDiff", ("RegionId", Region), ("ScenarioId", scenarioId), ("MaxResults", "0"))).Fails("InvalidMaxResults.Malformed");
        (await client.SimAsync("DescribeWhatIfDiff", ("RegionId", Region), ("ScenarioId", "wis-nosuchscenario00000000"))).Fails("InvalidScenarioId.NotFound", 404);
        (await client.SimAsync("DescribeWhatIfDiff", ("RegionId", Region))).Fails("MissingScenarioId");
        (await client.EcsAsync("DescribeSecurityGroups", ("RegionId", "cn-hangzhou-wis-nosuchscenario00000000"))).Fails("InvalidRegionId.NotFound", 404);
    }

    /// <summary>CheckFlows through <paramref name="regionId"/> over every ENI pair and a few external ends, as raw verdicts.</summary>
    private static async Task<List<string>> CheckAsync(MirroredRegion region, string regionId) =>
        [.. (await CheckFlowsAsync(region, regionId)).Select(v => v.Verdict.GetRawText())];

    /// <summary>CheckFlows through <paramref name="regionId"/> agrees with <paramref name="mirror"/>'s reference, rule ids included.</summary>
    private static async Task AssertAgreesAsync(MirroredRegion mirror, string regionId)
    {
        foreach (var (flow, source, destination, verdict) in await CheckFlowsAsync(mirror, regionId))
        {
            var (s, d) = mirror.Reference(flow, source, destination);
            var allowed = (s?.Allowed ?? true) && (d?.Allowed ?? true);
            Assert.True(allowed == verdict.GetProperty("Allowed").GetBoolean(), $"{regionId} {flow}: reference {s}, {d}; answer {verdict}");
            if (d is { Reason: DecisionReason.Rule } rule)
            {
                Assert.Equal(mirror.RuleIdOf(destination!, Direction.Ingress, rule), verdict.GetProperty("DestinationSide").GetProperty("SecurityGroupRuleId").GetString());
            }
        }
    }

    private static async Task<List<(Flow Flow, string? Source, string? Destination, System.Text.Json.JsonElement Verdict)>> CheckFlowsAsync(MirroredRegion region, string regionId)
    {
        var cases = new List<(Flow, string?, string?, string, string, string, int?)>();
        var enis = region.NetworkInterfaces.ToArray();
        foreach (var a in enis)
        {
            foreach (var b in enis.Where(b => b != a))
            {
                foreach (var port in new[] { 22, 53, 80, 443, 3306, 5432, 8080, 9000 })
                {
                    cases.Add((Flow.Create(region.AddressesOf(a)[0], region.AddressesOf(b)[0], IpProtocol.TcpNumber, 33000, (ushort)port), a, b, a, b, "TCP", port));
                }

                cases.Add((Flow.Create(region.AddressesOf(a)[0], region.AddressesOf(b)[0], IpProtocol.UdpNumber, 33000, 53), a, b, a, b, "UDP", 53));
            }

            cases.Add((Flow.Create(Domain.Addresses.NetworkAddress.Parse("203.0.113.7"), region.AddressesOf(a)[0], IpProtocol.TcpNumber, 33000, 80), null, a, "203.0.113.7", a, "TCP", 80));
            cases.Add((Flow.Create(Domain.Addresses.NetworkAddress.Parse("203.0.113.7"), region.AddressesOf(a)[0], IpProtocol.TcpNumber, 33000, 22), null, a, "203.0.113.7", a, "TCP", 22));
        }

        var form = new List<KeyValuePair<string, string>> { new("RegionId", regionId) };
        for (var i = 0; i < cases.Count; i++)
        {
            form.Add(new($"Flows.{i + 1}.Source", cases[i].Item4));
            form.Add(new($"Flows.{i + 1}.Destination", cases[i].Item5));
            form.Add(new($"Flows.{i + 1}.Protocol", cases[i].Item6));
            form.Add(new($"Flows.{i + 1}.DestinationPort", $"{cases[i].Item7}"));
        }

        var verdicts = (await region.Client.CallAsync("CheckFlows", SimulationCalls.Version, [new("RegionId", regionId)], new SigningOptions { FormBody = form })).Ok()
            .Element("Verdicts.Verdict").EnumerateArray().Select(v => v.Clone()).ToArray();
        Assert.Equal(cases.Count, verdicts.Length);
        return [.. cases.Select((c, i) => (c.Item1, c.Item2, c.Item3, verdicts[i]))];
    }

    /// <summary>A group's rules as DescribeSecurityGroupAttribute shows them in the region, sorted, as one text.</summary>
    private static async Task<string> PermissionsAsync(EcsClient client, string regionId, string groupId) =>
        string.Join("\n", (await client.EcsAsync("DescribeSecurityGroupAttribute", ("RegionId", regionId), ("SecurityGroupId", groupId))).Ok()
            .Element("Permissions.Permission").EnumerateArray().Select(p => p.GetRawText()).Order(StringComparer.Ordinal));
}
