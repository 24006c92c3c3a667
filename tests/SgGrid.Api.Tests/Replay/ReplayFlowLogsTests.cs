using System.Text;
using System.Text.Json;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Simulation;
using SgGrid.Api.Tests.Support;
using SgGrid.Api.Tests.WhatIf;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.FlowLogs;
using SgGrid.Domain.Rules;

using static SgGrid.Api.Tests.Replay.ReplayCalls;

namespace SgGrid.Api.Tests.Replay;

/// <summary>ReplayFlowLogs and DescribeReplayJob over HTTP, signed as the SDKs sign bodies (ACS3, the body's hash).</summary>
[Collection(ApiHostDefinition.Name)]
public sealed class ReplayFlowLogsTests(ApiHostFixture host)
{
    [Theory]
    [InlineData(FlowLogFormat.JsonLines)]
    [InlineData(FlowLogFormat.Csv)]
    [InlineData(FlowLogFormat.Binary)]
    public async Task ReplayFlowLogs_Production_CountsVerdictsRulesDriftUnknownAndFeedsRuleHits(FlowLogFormat format)
    {
        var (mirror, db, dbEni, rule) = await DatabaseAsync();
        var dbAddress = mirror.AddressesOf(dbEni)[0];
        var records = new List<FlowLogRecord>();
        records.AddRange(Enumerable.Range(0, 5).Select(i => In(dbEni, "10.0.1.50", dbAddress, 6, 3306, FlowLogAction.Accept, 10)));
        records.AddRange(Enumerable.Range(0, 2).Select(i => In(dbEni, "203.0.113.9", dbAddress, 6, 22, FlowLogAction.Accept, 3)));
        records.Add(In(dbEni, "203.0.113.9", dbAddress, 6, 3389, FlowLogAction.Reject, 1));
        records.Add(In("eni-" + new string('9', 20), "10.0.1.50", dbAddress, 6, 3306, FlowLogAction.Accept, 1));

        var answer = (await ReplayAsync(mirror.Client, records, format)).Ok();

        Assert.Equal((9L, 8L, 1L), (answer.Element("Counters.Records").GetInt64(), answer.Element("Counters.Decided").GetInt64(), answer.Element("Counters.UnknownNetworkInterface").GetInt64()));
        Assert.Equal((5L, 50L), (answer.Element("Production.Allowed.Records").GetInt64(), answer.Element("Production.Allowed.Packets").GetInt64()));
        Assert.Equal(3L, answer.Element("Production.Denied.Records").GetInt64());
        var byRule = answer.Element("Production.Rules.Rule").EnumerateArray().Single(r => r.TryGetProperty("SecurityGroupRuleId", out var id) && id.GetString() == rule);
        Assert.Equal((db, 5L, "ingress"), (byRule.GetProperty("SecurityGroupId").GetString(), byRule.GetProperty("Records").GetInt64(), byRule.GetProperty("Direction").GetString()));
        Assert.Equal(2L, answer.Element("Drift.Records").GetInt64());
        var drift = Assert.Single(answer.Element("Drift.Groups.Group").EnumerateArray().ToArray());
        Assert.Equal(("ACCEPT", "Default", 2), (drift.GetProperty("RecordedAction").GetString(), drift.GetProperty("DecidedBy").GetProperty("Reason").GetString(), drift.GetProperty("Examples").GetProperty("Example").GetArrayLength()));
        Assert.Equal(["eni-" + new string('9', 20)], answer.Element("UnknownNetworkInterfaces.NetworkInterfaceId").EnumerateArray().Select(e => e.GetString()));
        Assert.False(answer.RawBody.Contains("\"Breakage\"", StringComparison.Ordinal));

        var hits = (await mirror.Client.SimAsync("DescribeRuleHits", ("RegionId", ApiRegion.RegionId), ("SecurityGroupId", db))).Ok();
        Assert.Equal(5L, hits.Element("Rules.Rule").EnumerateArray().Single(r => r.GetProperty("SecurityGroupRuleId").GetString() == rule).GetProperty("Hits").GetInt64());

        var job = (await mirror.Client.SimAsync("DescribeReplayJob", ("RegionId", ApiRegion.RegionId), ("JobId", answer.Get("JobId")))).Ok();
        Assert.Equal(("Succeeded", 9L), (job.Get("Status"), job.Element("RecordsRead").GetInt64()));
        Assert.Equal(5L, job.Element("Result.Production.Allowed.Records").GetInt64());
    }

    [Fact]
    public async Task ReplayFlowLogs_SkippedMalformedAndPortlessRecords_CountedNotFatal()
    {
        var (mirror, _, dbEni, _) = await DatabaseAsync();
        var dbAddress = mirror.AddressesOf(dbEni)[0];
        var body = Body([In(dbEni, "10.0.1.50", dbAddress, 6, 3306, FlowLogAction.Accept, 1), In(dbEni, "10.0.1.50", dbAddress, 1, 0, FlowLogAction.Accept, 1) with { Flow = new Flow(IpFamily.IPv4, NetworkAddress.Parse("10.0.1.50").Value, dbAddress.Value, 1, 0, 0) }],
            FlowLogFormat.JsonLines,
            $$"""{"eni-id":"{{dbEni}}","log-status":"NODATA"}""",
            "{broken",
            $$"""{"eni-id":"{{dbEni}}","srcaddr":"10.0.1.50","dstaddr":"{{dbAddress}}","protocol":"255","srcport":"7","dstport":"9","direction":"in","log-status":"OK"}""");

        var answer = (await ReplayBodyAsync(mirror.Client, body, FlowLogFormat.JsonLines)).Ok();

        Assert.Equal((3L, 1L, 1L, 1L), (answer.Element("Counters.Records").GetInt64(), answer.Element("Counters.NoData").GetInt64(),
            answer.Element("Counters.Malformed").GetInt64(), answer.Element("Counters.PortsIgnored").GetInt64()));
        Assert.Equal(4L, Assert.Single(answer.Element("MalformedRecords.MalformedRecord").EnumerateArray().ToArray()).GetProperty("Line").GetInt64());
    }

    [Fact]
    public async Task ReplayFlowLogs_BodyOtherThanTheSignedOne_RefusedAndCountsNoHits()
    {
        var (mirror, db, dbEni, rule) = await DatabaseAsync();
        var dbAddress = mirror.AddressesOf(dbEni)[0];
        var signed = Body([In(dbEni, "10.0.1.50", dbAddress, 6, 3306, FlowLogAction.Accept, 1)], FlowLogFormat.JsonLines);
        var sent = Body([In(dbEni, "10.0.1.51", dbAddress, 6, 3306, FlowLogAction.Accept, 1)], FlowLogFormat.JsonLines);

        var request = mirror.Client.Build("ReplayFlowLogs", ReplayCalls.Version, [new("RegionId", ApiRegion.RegionId)], new SigningOptions { JsonBodyBytes = signed });
        request.Content = new ByteArrayContent(sent);
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");

        (await EcsClient.SendAsync(request)).Fails("SignatureDoesNotMatch");
        var hits = (await mirror.Client.SimAsync("DescribeRuleHits", ("RegionId", ApiRegion.RegionId), ("SecurityGroupId", db))).Ok();
        Assert.DoesNotContain(hits.Element("Rules.Rule").EnumerateArray(), r => r.GetProperty("SecurityGroupRuleId").GetString() == rule && r.GetProperty("Hits").GetInt64() > 0);
        Assert.Equal("Failed", (await mirror.Client.SimAsync("DescribeReplayJob", ("RegionId", ApiRegion.RegionId))).Ok().Get("Status"));
    }

    [Fact]
    public async Task ReplayFlowLogs_BothWorlds_BreakageAndEveryVerdictEqualTheBruteForceDiff()
    {
        var (mirror, db, dbEni, rule) = await DatabaseAsync();
        var web = await mirror.CreateGroupAsync();
        await mirror.AuthorizeAsync(web, Direction.Egress, ("IpProtocol", "TCP"), ("PortRange", "25/25"), ("DestCidrIp", "0.0.0.0/0"), ("Policy", "Drop"), ("Priority", "1"));
        var webEni = await mirror.CreateNetworkInterfaceAsync(false, web);
        var (scenarioId, scenarioRegion) = await mirror.Client.CreateScenarioAsync(mirror.Api.VpcId, db, web);
        var fork = mirror.Fork(scenarioRegion);
        await fork.RevokeAsync(db, rule);
        await fork.AuthorizeAsync(db, Direction.Ingress, ("IpProtocol", "TCP"), ("PortRange", "5432/5432"), ("SourceCidrIp", "10.0.0.0/16"), ("Priority", "1"));
        await fork.AuthorizeAsync(web, Direction.Egress, ("IpProtocol", "TCP"), ("PortRange", "443/443"), ("DestCidrIp", "0.0.0.0/0"), ("Policy", "Drop"), ("Priority", "1"));

        var random = new Random(17);
        string[] remotes = ["10.0.1.50", "10.0.1.77", "192.168.4.4", "203.0.113.9", "8.8.8.8"];
        int[] ports = [22, 25, 443, 3306, 5432, 8080];
        var records = Enumerable.Range(0, 400).Select(i =>
        {
            var eni = random.Next(2) == 0 ? dbEni : webEni;
            var local = mirror.AddressesOf(eni)[0];
            var remote = NetworkAddress.Parse(remotes[random.Next(remotes.Length)]);
            var protocol = random.Next(6) == 0 ? (byte)1 : (byte)6;
            var port = protocol == 1 ? (ushort)0 : (ushort)ports[random.Next(ports.Length)];
            var sourcePort = protocol == 1 ? (ushort)0 : (ushort)random.Next(1024, 65535);
            var outbound = random.Next(2) == 0;
            var flow = outbound ? Flow.Create(local, remote, protocol, sourcePort, port) : Flow.Create(remote, local, protocol, sourcePort, port);
            return new FlowLogRecord(eni, outbound ? Direction.Egress : Direction.Ingress, flow, random.Next(1, 100), random.Next(100, 10_000),
                (FlowLogAction)random.Next(3), 1_700_000_000 + i, i + 1);
        }).ToArray();

        var answer = (await ReplayAsync(mirror.Client, records, FlowLogFormat.JsonLines, ("ScenarioId", scenarioId), ("Verdicts", "Records"), ("MaxGroups", "1000"))).Ok();

        long broken = 0, brokenPackets = 0, opened = 0, drift = 0;
        var verdicts = answer.Element("Records.Record").EnumerateArray().ToArray();
        Assert.Equal(records.Length, verdicts.Length);
        for (var i = 0; i < records.Length; i++)
        {
            var r = records[i];
            var before = ReferenceEvaluator.Evaluate(mirror.PolicyOf(r.NetworkInterfaceId).For(r.Direction), r.Flow);
            var after = ReferenceEvaluator.Evaluate(fork.PolicyOf(r.NetworkInterfaceId).For(r.Direction), r.Flow);
            var v = verdicts[i];
            Assert.Equal((r.Line, before.Allowed, after.Allowed), (v.GetProperty("Line").GetInt64(), v.GetProperty("Allowed").GetBoolean(), v.GetProperty("ScenarioAllowed").GetBoolean()));
            Assert.Equal(mirror.RuleIdOf(r.NetworkInterfaceId, r.Direction, before), v.TryGetProperty("SecurityGroupRuleId", out var id) ? id.GetString() : null);
            Assert.Equal(fork.RuleIdOf(r.NetworkInterfaceId, r.Direction, after), v.TryGetProperty("ScenarioSecurityGroupRuleId", out var sid) ? sid.GetString() : null);
            broken += before.Allowed && !after.Allowed ? 1 : 0;
            brokenPackets += before.Allowed && !after.Allowed ? r.Packets : 0;
            opened += !before.Allowed && after.Allowed ? 1 : 0;
            drift += r.Action != FlowLogAction.None && (r.Action == FlowLogAction.Accept) != before.Allowed ? 1 : 0;
        }

        Assert.True(broken > 0 && opened > 0, $"the scenario should break and open traffic ({broken}, {opened})");
        Assert.Equal((broken, brokenPackets, opened, drift), (answer.Element("Breakage.Broken.Records").GetInt64(), answer.Element("Breakage.Broken.Packets").GetInt64(),
            answer.Element("Breakage.Opened.Records").GetInt64(), answer.Element("Drift.Records").GetInt64()));
        var groups = answer.Element("Breakage.Groups.Group").EnumerateArray().ToArray();
        Assert.Equal(broken + opened, groups.Sum(g => g.GetProperty("Records").GetInt64()));
        Assert.All(groups, g => Assert.NotEqual(0, g.GetProperty("ProductionRules").GetProperty("Rule").GetArrayLength()));
    }

    [Fact]
    public async Task ReplayFlowLogs_BadParameters_AreRefused()
    {
        var (mirror, _, _, _) = await DatabaseAsync();
        var body = Encoding.UTF8.GetBytes("\n");

        (await ReplayBodyAsync(mirror.Client, body, FlowLogFormat.JsonLines, ("Against", "Scenario"))).Fails("InvalidParameter");
        (await ReplayBodyAsync(mirror.Client, body, FlowLogFormat.JsonLines, ("ScenarioId", "wis-doesnotexist00000000"))).Fails("InvalidScenarioId.NotFound", 404);
        (await mirror.Client.CallAsync("ReplayFlowLogs", ReplayCalls.Version, [new("RegionId", ApiRegion.RegionId), new("Format", "Parquet")], new SigningOptions { JsonBodyBytes = body })).Fails("InvalidFormat.Malformed");
        (await ReplayBodyAsync(mirror.Client, Encoding.UTF8.GetBytes("not binary at all"), FlowLogFormat.Binary)).Fails("InvalidBody.Malformed");
        (await mirror.Client.SimAsync("DescribeReplayJob", ("RegionId", ApiRegion.RegionId), ("JobId", "rpj-none"))).Fails("InvalidJobId.NotFound", 404);
    }

    /// <summary>A database group allowing TCP 3306 from the VPC, and one ENI in it.</summary>
    private async Task<(MirroredRegion Mirror, string Db, string DbEni, string Rule)> DatabaseAsync()
    {
        var mirror = await MirroredRegion.CreateAsync(host.Client(ApiHostFixture.Alice));
        var db = await mirror.CreateGroupAsync();
        var rule = (await mirror.AuthorizeAsync(db, Direction.Ingress, ("IpProtocol", "TCP"), ("PortRange", "3306/3306"), ("SourceCidrIp", "10.0.0.0/16"), ("Priority", "1")))!;
        var dbEni = await mirror.CreateNetworkInterfaceAsync(false, db);
        return (mirror, db, dbEni, rule);
    }

    private static FlowLogRecord In(string eni, string source, NetworkAddress destination, byte protocol, ushort port, FlowLogAction action, long packets) =>
        new(eni, Direction.Ingress, Flow.Create(NetworkAddress.Parse(source), destination, protocol, protocol is 6 or 17 ? (ushort)40000 : (ushort)0, port),
            packets, packets * 60, action, 1_700_000_000, 0);
}
