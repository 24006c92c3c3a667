using System.Text.Json;
using SgGrid.Api.Tests.Ecs.Actions;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Domain.Workloads;

namespace SgGrid.Api.Tests.Simulation;

/// <summary>The flow actions' contracts: answers, ClassBench-sized batches, effective rules, rule hits, and their errors.</summary>
[Collection(ApiHostDefinition.Name)]
public sealed class FlowActionsTests(ApiHostFixture host)
{
    private const string Sim = "2026-11-28";
    private const string Region = ApiRegion.RegionId;
    private static readonly JsonSerializerOptions OmitNulls = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    [Fact]
    public async Task CheckFlow_WebToDatabase_NamesTheDecidingRuleOnEachSide()
    {
        var (region, web, db, webEni, dbEni, rule) = await ThreeTierAsync();

        var allowed = (await Check(region.Client, ("Source", webEni), ("Destination", dbEni), ("Protocol", "TCP"), ("DestinationPort", "3306"))).Ok();
        var denied = (await Check(region.Client, ("Source", webEni), ("Destination", dbEni), ("Protocol", "TCP"), ("DestinationPort", "22"))).Ok();

        Assert.True(allowed.Element("Allowed").GetBoolean());
        Assert.Equal(("Default", true, webEni), (allowed.Get("SourceSide.Reason"), allowed.Element("SourceSide.Allowed").GetBoolean(), allowed.Get("SourceSide.NetworkInterfaceId")));
        Assert.Equal(("Rule", db, rule, "Accept", 1), (allowed.Get("DestinationSide.Reason"), allowed.Get("DestinationSide.SecurityGroupId"),
            allowed.Get("DestinationSide.SecurityGroupRuleId"), allowed.Get("DestinationSide.Policy"), allowed.Element("DestinationSide.Priority").GetInt32()));
        Assert.Equal((33000, 3306, "TCP"), (allowed.Element("Flow.SourcePort").GetInt32(), allowed.Element("Flow.DestinationPort").GetInt32(), allowed.Get("Flow.Protocol")));
        Assert.False(denied.Element("Allowed").GetBoolean());
        Assert.Equal("Default", denied.Get("DestinationSide.Reason"));
        _ = web;
    }

    [Fact]
    public async Task CheckFlow_ExternalEndsAndInstances_AreResolved()
    {
        var (region, web, _, webEni, dbEni, _) = await ThreeTierAsync();
        var instance = await region.RunInstanceAsync([web]);

        var fromInternet = (await Check(region.Client, ("Source", "198.51.100.7"), ("Destination", dbEni), ("Protocol", "TCP"), ("DestinationPort", "3306"))).Ok();
        var toInternet = (await Check(region.Client, ("Source", instance), ("Destination", "8.8.8.8"), ("Protocol", "TCP"), ("DestinationPort", "25"))).Ok();
        var byAddress = (await Check(region.Client, ("Source", (await region.DescribeEniAsync(webEni)).Text("PrivateIpAddress")), ("Destination", dbEni), ("Protocol", "TCP"), ("DestinationPort", "3306"))).Ok();

        Assert.False(fromInternet.Element("SourceSide.Evaluated").GetBoolean());
        Assert.False(fromInternet.Element("Allowed").GetBoolean());
        Assert.Equal(("Platform", "outbound TCP 25"), (toInternet.Get("SourceSide.Reason"), toInternet.Get("SourceSide.PlatformRule")));
        Assert.False(toInternet.Element("DestinationSide.Evaluated").GetBoolean());
        Assert.Equal(webEni, byAddress.Get("SourceSide.NetworkInterfaceId"));
        Assert.True(byAddress.Element("Allowed").GetBoolean());
    }

    [Theory]
    [InlineData("Protocol", "ALL", "InvalidProtocol.Malformed")]
    [InlineData("Protocol", "XYZ", "InvalidProtocol.Malformed")]
    [InlineData("DestinationPort", "65536", "InvalidDestinationPort.Malformed")]
    [InlineData("SourcePort", "-1", "InvalidSourcePort.Malformed")]
    [InlineData("DestinationPort", "0", "InvalidDestinationPort.Malformed")]
    [InlineData("SourcePort", "0", "InvalidSourcePort.Malformed")]
    [InlineData("Source", "not an end", "InvalidSource.Malformed")]
    [InlineData("Source", "eni-nothere00000000000", "InvalidEniId.NotFound")]
    [InlineData("Destination", "i-nothere000000000000", "InvalidInstanceId.NotFound")]
    [InlineData("DestinationPort", null, "MissingDestinationPort")]
    public async Task CheckFlow_BadInput_IsAClearClientError(string parameter, string? value, string code)
    {
        var (region, _, _, webEni, dbEni, _) = await ThreeTierAsync();
        var parameters = new Dictionary<string, string> { ["Source"] = webEni, ["Destination"] = dbEni, ["Protocol"] = "TCP", ["DestinationPort"] = "22" };
        if (value is null)
        {
            parameters.Remove(parameter);
        }
        else
        {
            parameters[parameter] = value;
        }

        var response = await Check(region.Client, [.. parameters.Select(p => (p.Key, p.Value))]);

        response.Fails(code);
        Assert.InRange(response.Status, 400, 404);
    }

    [Fact]
    public async Task CheckFlow_AnotherTenantsEni_LooksLikeAnUnknownEni()
    {
        var (_, _, _, webEni, dbEni, _) = await ThreeTierAsync();
        var bob = host.Client(ApiHostFixture.Bob);

        var foreign = await Check(bob, ("Source", webEni), ("Destination", dbEni), ("Protocol", "TCP"), ("DestinationPort", "22"));
        var unknown = await Check(bob, ("Source", "eni-" + new string('0', 20)), ("Destination", dbEni), ("Protocol", "TCP"), ("DestinationPort", "22"));

        Ecs.Security.TenantIsolationTests.AssertLookAlike(foreign, unknown, webEni, "eni-" + new string('0', 20));
    }

    [Fact]
    public async Task CheckFlows_OverLongBatch_IsRefused()
    {
        var (region, _, _, webEni, dbEni, _) = await ThreeTierAsync();
        var flows = Enumerable.Range(0, 10_001).Select(_ => new { Source = webEni, Destination = dbEni, Protocol = "TCP", DestinationPort = 22 });

        var response = await region.Client.CallAsync("CheckFlows", Sim, [new("RegionId", Region)], new SigningOptions { JsonBody = JsonSerializer.Serialize(new { Flows = flows }) });

        response.Fails("InvalidFlows.Malformed", 400);
    }

    [Fact]
    public async Task CheckFlows_BadFlowInABatch_AnsweredInItsPlace_OthersDecided()
    {
        // Issue 17: one bad flow no longer loses the others; its error takes its place and names its index.
        var (region, _, _, webEni, dbEni, _) = await ThreeTierAsync();

        var response = (await region.Client.CallAsync("CheckFlows", Sim, [new("RegionId", Region)], new SigningOptions
        {
            FormBody = [new("Flows.1.Source", webEni), new("Flows.1.Destination", dbEni), new("Flows.1.Protocol", "TCP"), new("Flows.1.DestinationPort", "3306"),
                new("Flows.2.Source", webEni), new("Flows.2.Destination", dbEni), new("Flows.2.Protocol", "BOGUS"),
                new("Flows.3.Source", webEni), new("Flows.3.Destination", "eni-" + new string('0', 20)), new("Flows.3.Protocol", "TCP"), new("Flows.3.DestinationPort", "22"),
                new("Flows.4.Source", webEni), new("Flows.4.Destination", dbEni), new("Flows.4.Protocol", "TCP"), new("Flows.4.DestinationPort", "22")],
        })).Ok();

        var verdicts = response.Element("Verdicts.Verdict");
        Assert.Equal((1, 1, 2), (response.Element("AllowedCount").GetInt32(), response.Element("DeniedCount").GetInt32(), response.Element("ErrorCount").GetInt32()));
        Assert.True(verdicts[0].GetProperty("Allowed").GetBoolean());
        Assert.Equal("InvalidFlows.Protocol.Malformed", verdicts[1].GetProperty("Error").GetProperty("Code").GetString());
        Assert.Contains("Flows.2.", verdicts[1].GetProperty("Error").GetProperty("Message").GetString(), StringComparison.Ordinal);
        Assert.False(verdicts[1].TryGetProperty("Flow", out _));
        Assert.Equal("InvalidEniId.NotFound", verdicts[2].GetProperty("Error").GetProperty("Code").GetString());
        Assert.False(verdicts[3].GetProperty("Allowed").GetBoolean());
        Assert.False(verdicts[3].TryGetProperty("Error", out _));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("255")]
    [InlineData("ICMP")]
    public async Task CheckFlows_PortOnPortlessProtocol_IgnoredAndCounted(string protocol)
    {
        // Issue 17: real flow records carry port fields for every protocol (0 for ICMP); the ports are ignored, not refused.
        var (region, _, _, webEni, dbEni, _) = await ThreeTierAsync();

        var response = (await region.Client.CallAsync("CheckFlows", Sim, [new("RegionId", Region)], new SigningOptions
        {
            FormBody = [new("Flows.1.Source", webEni), new("Flows.1.Destination", dbEni), new("Flows.1.Protocol", protocol), new("Flows.1.SourcePort", "0"), new("Flows.1.DestinationPort", "80"),
                new("Flows.2.Source", webEni), new("Flows.2.Destination", dbEni), new("Flows.2.Protocol", protocol)],
        })).Ok();

        var verdicts = response.Element("Verdicts.Verdict");
        Assert.Equal((0, 1), (response.Element("ErrorCount").GetInt32(), response.Element("PortsIgnoredCount").GetInt32()));
        Assert.Equal(verdicts[1].GetRawText(), verdicts[0].GetRawText());
        Assert.Equal(0, verdicts[0].GetProperty("Flow").GetProperty("DestinationPort").GetInt32());
    }

    [Fact]
    public async Task CheckFlow_Tcp25ToAnIpv6AddressOfTheSameVpc_IsInternal()
    {
        // Issue 21.3: IPv4 and IPv6 between two ENIs of one VPC are both internal: intra-group trust decides, not the platform.
        var region = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Alice));
        var group = await region.CreateSecurityGroupAsync();
        var other = await region.CreateSecurityGroupAsync();
        async Task<(string Id, string Ipv4, string Ipv6)> Eni(string g)
        {
            var created = (await region.Client.EcsAsync("CreateNetworkInterface", ("RegionId", Region), ("VSwitchId", region.VSwitchId), ("SecurityGroupId", g), ("Ipv6AddressCount", "1"))).Ok();
            var described = (await region.Client.EcsAsync("DescribeNetworkInterfaces", ("RegionId", Region), ("NetworkInterfaceId.1", created.Get("NetworkInterfaceId")))).Ok();
            var ipv6 = described.Element("NetworkInterfaceSets.NetworkInterfaceSet")[0].GetProperty("Ipv6Sets").GetProperty("Ipv6Set")[0].GetProperty("Ipv6Address").GetString()!;
            return (created.Get("NetworkInterfaceId"), created.Get("PrivateIpAddress"), ipv6);
        }

        var a = await Eni(group);
        var b = await Eni(group);
        var outsider = await Eni(other);

        foreach (var destination in new[] { b.Ipv4, b.Ipv6 })
        {
            var verdict = (await Check(region.Client, ("Source", a.Id), ("Destination", destination), ("Protocol", "TCP"), ("DestinationPort", "25"))).Ok();
            Assert.True(verdict.Element("Allowed").GetBoolean(), destination);
            Assert.Equal("IntraGroup", verdict.Get("SourceSide.Reason"));
        }

        // Not a fellow member, but an address of the VPC: the sender's rules decide (a basic group's egress default allows).
        var toOutsider = (await Check(region.Client, ("Source", a.Id), ("Destination", outsider.Ipv6), ("Protocol", "TCP"), ("DestinationPort", "25"))).Ok();
        Assert.Equal("Default", toOutsider.Get("SourceSide.Reason"));
        var toInternet = (await Check(region.Client, ("Source", a.Id), ("Destination", "2001:4860:4860::8888"), ("Protocol", "TCP"), ("DestinationPort", "25"))).Ok();
        Assert.Equal("Platform", toInternet.Get("SourceSide.Reason"));
    }

    [Fact]
    public async Task CheckFlows_PortZero_RefusedForThatFlow_AsCheckFlowRefusesIt()
    {
        // Issue 21: one model of port 0 — refused by both flow checks, outside reachability's and the diff's 1-65535 (issue 17:
        // in a batch, for that flow only).
        var (region, _, _, webEni, dbEni, _) = await ThreeTierAsync();

        var response = await region.Client.CallAsync("CheckFlows", Sim, [new("RegionId", Region)], new SigningOptions
        {
            FormBody = [new("Flows.1.Source", webEni), new("Flows.1.Destination", dbEni), new("Flows.1.Protocol", "UDP"), new("Flows.1.DestinationPort", "53"),
                new("Flows.2.Source", webEni), new("Flows.2.Destination", dbEni), new("Flows.2.Protocol", "TCP"), new("Flows.2.DestinationPort", "0")],
        });

        var error = response.Ok().Element("Verdicts.Verdict")[1].GetProperty("Error");
        Assert.Equal("InvalidFlows.DestinationPort.Malformed", error.GetProperty("Code").GetString());
        Assert.Contains("Flows.2.", error.GetProperty("Message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("acl1_1k")]
    [InlineData("fw1_1k")]
    public async Task CheckFlows_ClassBenchGroup_MatchesTheReferenceForEveryTraceHeader(string set)
    {
        var client = host.Client(ApiHostFixture.Bulk);
        var region = await ApiRegion.CreateAsync(client, "172.31.0.0/16", "172.31.1.0/24", ipv6: false);
        var group = await region.CreateSecurityGroupAsync();
        // The shared mapping, with the quintuple local block (DestCidrIp) left out: the flows arrive at the ENI's own address.
        var rules = ClassBenchRuleSet.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "data", "classbench", set)), group)
            .Rules.Select(r => r with { LocalCidr = null }).DistinctBy(r => r.Identity(includePriority: false)).ToArray();
        var permissions = rules.SelectMany((r, i) => Permission(i + 1, r)).ToList();
        (await client.CallAsync("AuthorizeSecurityGroup", "2014-05-26", [new("RegionId", Region), new("SecurityGroupId", group), .. permissions])).Ok();
        var eni = (await client.EcsAsync("CreateNetworkInterface", ("RegionId", Region), ("VSwitchId", region.VSwitchId), ("SecurityGroupId", group))).Ok();
        var (eniId, eniAddress) = (eni.Get("NetworkInterfaceId"), NetworkAddress.Parse(eni.Get("PrivateIpAddress")));
        var stored = (await client.EcsAsync("DescribeSecurityGroupAttribute", ("RegionId", Region), ("SecurityGroupId", group), ("Direction", "ingress"), ("MaxResults", "1000"))).Ok()
            .Element("Permissions.Permission").EnumerateArray().ToDictionary(p => p.GetProperty("SecurityGroupRuleId").GetString()!, Content);
        var policy = EffectivePolicyBuilder.Build(
            [new SecurityGroupSnapshot(group, SecurityGroupType.Normal, InnerAccessPolicy.Accept, [.. rules], AddressSet.FromAddresses([eniAddress]))],
            DictionaryPeerResolver.Empty, EmulationOptions.Default).GetValueOrThrow().Ingress;
        var headers = ClassBenchTrace.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "data", "classbench", set + "_trace")));
        Assert.Equal(rules.Length, stored.Count);

        // Port 0 is refused (no connection's port, docs/semantics.md): trace headers carrying it for TCP/UDP are left out.
        headers = [.. headers.Where(h => h.Protocol is not (IpProtocol.TcpNumber or IpProtocol.UdpNumber) || (h.SourcePort != 0 && h.DestinationPort != 0))];
        Assert.NotEmpty(headers);
        var flows = headers.Select(h => new
        {
            Source = h.SourceAddress.ToString(),
            Destination = eniId,
            Protocol = h.Protocol.ToString(System.Globalization.CultureInfo.InvariantCulture),
            SourcePort = h.Protocol is IpProtocol.TcpNumber or IpProtocol.UdpNumber ? (int?)h.SourcePort : null,
            DestinationPort = h.Protocol is IpProtocol.TcpNumber or IpProtocol.UdpNumber ? (int?)h.DestinationPort : null,
        }).ToArray();
        var json = JsonSerializer.Serialize(new { Flows = flows }, OmitNulls);
        var verdicts = (await client.CallAsync("CheckFlows", Sim, [new("RegionId", Region)], new SigningOptions { JsonBody = json })).Ok()
            .Element("Verdicts.Verdict").EnumerateArray().ToArray();

        Assert.Equal(headers.Length, verdicts.Length);
        for (var i = 0; i < headers.Length; i++)
        {
            var h = headers[i];
            var ported = h.Protocol is IpProtocol.TcpNumber or IpProtocol.UdpNumber;
            var expected = ReferenceEvaluator.Evaluate(policy, Flow.Create(h.SourceAddress, eniAddress, h.Protocol, ported ? h.SourcePort : (ushort)0, ported ? h.DestinationPort : (ushort)0));
            var side = verdicts[i].GetProperty("DestinationSide");
            var ruleId = side.TryGetProperty("SecurityGroupRuleId", out var id) ? id.GetString() : null;
            Assert.True(expected.Allowed == side.GetProperty("Allowed").GetBoolean() && expected.Reason.ToString() == side.GetProperty("Reason").GetString(),
                $"header {i} ({h}): reference {expected}, answer {side}");
            Assert.Equal(expected.Reason == DecisionReason.Rule ? Content(policy.Rules[expected.Index].Rule) : null, ruleId is null ? null : stored[ruleId]);
        }
    }

    [Fact]
    public async Task DescribeEffectiveRules_PoolsTheGroupsInEvaluationOrder_WithTheImplicitEntries()
    {
        var (region, web, db, _, _, _) = await ThreeTierAsync();
        var both = await region.CreateEniIdAsync(web, db);
        (await region.Client.EcsAsync("AuthorizeSecurityGroup", ("RegionId", Region), ("SecurityGroupId", web),
            ("Permissions.1.IpProtocol", "TCP"), ("Permissions.1.PortRange", "22/22"), ("Permissions.1.SourceCidrIp", "0.0.0.0/0"), ("Permissions.1.Priority", "5"),
            ("Permissions.2.IpProtocol", "TCP"), ("Permissions.2.PortRange", "22/22"), ("Permissions.2.SourceCidrIp", "203.0.113.0/24"), ("Permissions.2.Priority", "5"), ("Permissions.2.Policy", "drop"))).Ok();

        var response = (await region.Client.CallAsync("DescribeEffectiveRules", Sim, [new("RegionId", Region), new("NetworkInterfaceId", both)])).Ok();

        var ingress = response.Element("Ingress.Entry").EnumerateArray().ToArray();
        Assert.Equal(["IntraGroup", "IntraGroup", "Rule", "Rule", "Rule", "Default"], ingress.Select(e => e.GetProperty("Kind").GetString()));
        Assert.Equal([1, 5, 5], ingress.Where(e => e.GetProperty("Kind").GetString() == "Rule").Select(e => e.GetProperty("Priority").GetInt32()));
        Assert.Equal(["Accept", "Drop", "Accept"], ingress.Where(e => e.GetProperty("Kind").GetString() == "Rule").Select(e => e.GetProperty("Policy").GetString()));
        Assert.Equal("Deny", ingress[^1].GetProperty("Verdict").GetString());
        var egress = response.Element("Egress.Entry").EnumerateArray().ToArray();
        Assert.Equal("Platform", egress[0].GetProperty("Kind").GetString());
        Assert.Equal(("Default", "Allow"), (egress[^1].GetProperty("Kind").GetString(), egress[^1].GetProperty("Verdict").GetString()));
        Assert.Equal([web, db], response.Body.GetProperty("SecurityGroupIds").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task RuleHits_CountEveryEvaluation_AndResetToZero()
    {
        var (region, web, db, webEni, dbEni, rule) = await ThreeTierAsync();
        var flows = Enumerable.Range(0, 7).Select(_ => new { Source = webEni, Destination = dbEni, Protocol = "TCP", DestinationPort = 3306 })
            .Concat(Enumerable.Range(0, 3).Select(_ => new { Source = webEni, Destination = dbEni, Protocol = "TCP", DestinationPort = 22 }));
        (await region.Client.CallAsync("CheckFlows", Sim, [new("RegionId", Region)], new SigningOptions { JsonBody = JsonSerializer.Serialize(new { Flows = flows }) })).Ok();
        (await Check(region.Client, ("Source", webEni), ("Destination", dbEni), ("Protocol", "TCP"), ("DestinationPort", "3306"))).Ok();

        var hits = (await region.Client.CallAsync("DescribeRuleHits", Sim, [new("RegionId", Region), new("SecurityGroupId", db)])).Ok();
        var reset = await region.Client.CallAsync("ResetRuleHits", Sim, [new("RegionId", Region), new("SecurityGroupId", db)]);
        var after = (await region.Client.CallAsync("DescribeRuleHits", Sim, [new("RegionId", Region), new("SecurityGroupId", db)])).Ok();

        var counted = Assert.Single(hits.Element("Rules.Rule").EnumerateArray().ToArray());
        Assert.Equal((rule, "ingress", 8L), (counted.GetProperty("SecurityGroupRuleId").GetString(), counted.GetProperty("Direction").GetString(), counted.GetProperty("Hits").GetInt64()));
        reset.Ok();
        Assert.Equal(0, after.Element("Rules.Rule")[0].GetProperty("Hits").GetInt64());
        Assert.False(string.IsNullOrEmpty(after.Get("LastResetTime")));
        (await region.Client.CallAsync("DescribeRuleHits", Sim, [new("RegionId", Region), new("SecurityGroupId", web)])).Ok();
    }

    [Fact]
    public async Task DescribeReachability_OneOpenPort_IsExactlyThatRange()
    {
        var (region, _, _, webEni, dbEni, rule) = await ThreeTierAsync();

        var response = (await region.Client.CallAsync("DescribeReachability", Sim, [new("RegionId", Region), new("Source", webEni), new("Destination", dbEni)])).Ok();

        var tcp = response.Element("Protocols.Protocol").EnumerateArray().Single(p => p.GetProperty("Protocol").GetString() == "TCP");
        var band = Assert.Single(tcp.GetProperty("Bands").GetProperty("Band").EnumerateArray().ToArray());
        Assert.Equal("1/65535", band.GetProperty("SourcePortRange").GetString());
        Assert.Equal(["3306/3306"], band.GetProperty("AllowedDestinationPortRanges").GetProperty("PortRange").EnumerateArray().Select(e => e.GetString()));
        var open = band.GetProperty("Ranges").GetProperty("Range").EnumerateArray().Single(r => r.GetProperty("Allowed").GetBoolean());
        Assert.Equal(rule, open.GetProperty("DestinationSide").GetProperty("SecurityGroupRuleId").GetString());
        Assert.All(response.Element("Protocols.Protocol").EnumerateArray().Where(p => p.GetProperty("Protocol").GetString() != "TCP"),
            p => Assert.False(p.GetProperty("AnyAllowed").GetBoolean()));
    }

    /// <summary>web and db groups, an ENI in each, db accepting TCP 3306 from web (priority 1).</summary>
    private async Task<(ApiRegion Region, string Web, string Db, string WebEni, string DbEni, string Rule)> ThreeTierAsync()
    {
        var region = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Alice));
        var web = await region.CreateSecurityGroupAsync(name: "web");
        var db = await region.CreateSecurityGroupAsync(name: "db");
        (await region.Client.EcsAsync("AuthorizeSecurityGroup", ("RegionId", Region), ("SecurityGroupId", db),
            ("Permissions.1.IpProtocol", "TCP"), ("Permissions.1.PortRange", "3306/3306"), ("Permissions.1.SourceGroupId", web))).Ok();
        var rule = (await region.Client.EcsAsync("DescribeSecurityGroupAttribute", ("RegionId", Region), ("SecurityGroupId", db))).Ok()
            .Element("Permissions.Permission")[0].GetProperty("SecurityGroupRuleId").GetString()!;
        return (region, web, db, await region.CreateEniIdAsync(web), await region.CreateEniIdAsync(db), rule);
    }

    private static Task<EcsResponse> Check(EcsClient client, params (string Name, string Value)[] parameters) =>
        client.CallAsync("CheckFlow", Sim, [new("RegionId", Region), .. parameters.Select(p => KeyValuePair.Create(p.Name, p.Value))]);

    private static IEnumerable<KeyValuePair<string, string>> Permission(int n, SecurityGroupRule rule)
    {
        yield return new($"Permissions.{n}.IpProtocol", rule.Protocol.ToString());
        yield return new($"Permissions.{n}.PortRange", rule.DestinationPorts.ToString());
        if (!rule.SourcePorts.IsAll)
        {
            yield return new($"Permissions.{n}.SourcePortRange", rule.SourcePorts.ToString());
        }

        yield return new($"Permissions.{n}.SourceCidrIp", ((CidrPeer)rule.Remote).Cidr.ToString());
        yield return new($"Permissions.{n}.Policy", rule.Policy.ToString());
        yield return new($"Permissions.{n}.Priority", $"{rule.Priority}");
    }

    private static string Content(SecurityGroupRule rule) =>
        $"{rule.Protocol} {rule.DestinationPorts} {rule.SourcePorts} {((CidrPeer)rule.Remote).Cidr} {rule.Policy} {rule.Priority}";

    private static string Content(JsonElement p)
    {
        var sourcePorts = p.TryGetProperty("SourcePortRange", out var sp) && sp.GetString() is { Length: > 0 } s ? PortRange.Parse(s) : PortRange.All;
        return $"{IpProtocol.Parse(p.GetProperty("IpProtocol").GetString()!)} {PortRange.Parse(p.GetProperty("PortRange").GetString()!)} {sourcePorts} {IpCidr.Parse(p.GetProperty("SourceCidrIp").GetString()!)} {(p.GetProperty("Policy").GetString() == "Drop" ? RulePolicy.Drop : RulePolicy.Accept)} {p.GetProperty("Priority").GetString()}";
    }
}
