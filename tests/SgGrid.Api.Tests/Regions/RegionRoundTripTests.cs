using System.Text.Json;
using System.Text.Json.Nodes;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Domain.Snapshots.Generation;

namespace SgGrid.Api.Tests.Regions;

[Collection(ApiHostDefinition.Name)]
public sealed class RegionRoundTripTests(ApiHostFixture host, EmptyRegionHost empty) : IClassFixture<EmptyRegionHost>
{
    [Fact]
    public async Task ImportExportImport_IntoAnEmptySgGrid_AnswersEveryDescribeCallByteForByte()
    {
        var snapshot = RegionSnapshotGenerator.Generate(new RegionShape { NetworkInterfaces = 40, SecurityGroups = 9, PrefixLists = 2, AccountId = ApiHostFixture.Importer.AccountId, Seed = 41 });
        var first = host.Client(ApiHostFixture.Importer);
        var imported = (await RegionCalls.ImportAsync(first, RegionCalls.Json(snapshot))).Ok();
        Assert.Equal("Succeeded", imported.Get("Status"));
        Assert.Equal(imported.Element("TotalResources").GetInt32(), imported.Element("LoadedResources").GetInt32());

        var exported = await RegionCalls.ExportAsync(first);
        var second = empty.Host.Client(ApiHostFixture.Importer);
        (await RegionCalls.ImportAsync(second, exported)).Ok();
        Assert.Equal(exported, await RegionCalls.ExportAsync(second));

        // The Describe calls themselves, in both pagination styles, answer alike (RequestId aside).
        var groups = snapshot.DescribeSecurityGroups[0].SecurityGroups!.Items.Select(g => g.SecurityGroupId!).ToList();
        (string, (string, string)[])[] calls =
        [
            ("DescribeVpcs", []),
            ("DescribeVSwitches", [("PageSize", "50")]),
            ("DescribeSecurityGroups", [("PageSize", "50")]),
            ("DescribeSecurityGroups", [("MaxResults", "5")]),
            ("DescribeNetworkInterfaces", [("MaxResults", "10")]),
            ("DescribeNetworkInterfaces", [("PageNumber", "2"), ("PageSize", "7")]),
            ("DescribeInstances", [("MaxResults", "100")]),
            ("DescribePrefixLists", []),
            .. groups.Select(g => ("DescribeSecurityGroupAttribute", new[] { ("SecurityGroupId", g), ("Direction", "all") })),
        ];
        foreach (var (action, parameters) in calls)
        {
            Assert.Equal(await RegionCalls.DescribeAsync(first, action, parameters), await RegionCalls.DescribeAsync(second, action, parameters));
        }
    }

    [Fact]
    public async Task ImportRegion_KeepsTheSnapshotsIdsRulesAddressesAndTimes()
    {
        var snapshot = RegionSnapshotGenerator.Generate(new RegionShape { NetworkInterfaces = 30, SecurityGroups = 6, AccountId = ApiHostFixture.Importer.AccountId, Seed = 42 });
        var client = host.Client(ApiHostFixture.Importer);
        (await RegionCalls.ImportAsync(client, RegionCalls.Json(snapshot))).Ok();

        foreach (var answer in snapshot.DescribeSecurityGroupAttribute)
        {
            var described = JsonNode.Parse(await RegionCalls.DescribeAsync(client, "DescribeSecurityGroupAttribute", ("SecurityGroupId", answer.SecurityGroupId!)))!;
            var rules = described["Permissions"]!["Permission"]!.AsArray().ToDictionary(p => p!["SecurityGroupRuleId"]!.GetValue<string>());
            Assert.Equal(answer.Permissions!.Items.Count, rules.Count);
            Assert.Equal(answer.InnerAccessPolicy, described["InnerAccessPolicy"]!.GetValue<string>());
            foreach (var rule in answer.Permissions.Items)
            {
                var loaded = rules[rule.SecurityGroupRuleId!]!;
                Assert.Equal(rule.Priority, loaded["Priority"]!.GetValue<string>());
                Assert.Equal(rule.Policy, loaded["Policy"]!.GetValue<string>());
                Assert.Equal(rule.PortRange, loaded["PortRange"]!.GetValue<string>());
                Assert.Equal(rule.CreateTime, loaded["CreateTime"]!.GetValue<string>());
                Assert.Equal(rule.SourceGroupId, loaded["SourceGroupId"]?.GetValue<string>());
                Assert.Equal(rule.SourcePrefixListId, loaded["SourcePrefixListId"]?.GetValue<string>());
            }
        }

        var enis = JsonNode.Parse(await RegionCalls.DescribeAsync(client, "DescribeNetworkInterfaces", ("MaxResults", "500"), ("VpcId", snapshot.DescribeVpcs[0].Vpcs!.Items[0].VpcId!)))!["NetworkInterfaceSets"]!["NetworkInterfaceSet"]!.AsArray()
            .ToDictionary(e => e!["NetworkInterfaceId"]!.GetValue<string>());
        foreach (var eni in snapshot.DescribeNetworkInterfaces[0].NetworkInterfaceSets!.Items)
        {
            var loaded = enis[eni.NetworkInterfaceId!]!;
            Assert.Equal(eni.PrivateIpAddress, loaded["PrivateIpAddress"]!.GetValue<string>());
            Assert.Equal(eni.MacAddress, loaded["MacAddress"]!.GetValue<string>());
            Assert.Equal(eni.CreationTime, loaded["CreationTime"]!.GetValue<string>());
            Assert.Equal(eni.Type, loaded["Type"]!.GetValue<string>());
            Assert.Equal(eni.InstanceId, loaded["InstanceId"]?.GetValue<string>());
            Assert.Equal(eni.SecurityGroupIds!.Items, loaded["SecurityGroupIds"]!["SecurityGroupId"]!.AsArray().Select(g => g!.GetValue<string>()));
        }
    }

    [Fact]
    public async Task ImportRegion_SameSnapshotAgain_LoadsNothingAndChangesNothing()
    {
        var snapshot = RegionCalls.Json(RegionSnapshotGenerator.Generate(new RegionShape { NetworkInterfaces = 20, SecurityGroups = 5, Seed = 43 }));
        var client = empty.Host.Client(ApiHostFixture.Importer2);
        (await RegionCalls.ImportAsync(client, snapshot)).Ok();
        var before = await RegionCalls.ExportAsync(client);

        var again = (await RegionCalls.ImportAsync(client, snapshot)).Ok();
        var exported = (await RegionCalls.ImportAsync(client, before)).Ok();

        Assert.Equal(0, again.Element("LoadedResources").GetInt32());
        Assert.Equal(again.Element("TotalResources").GetInt32(), again.Element("UnchangedResources").GetInt32());
        Assert.Equal(0, exported.Element("LoadedResources").GetInt32());
        Assert.Equal(before, await RegionCalls.ExportAsync(client));
    }

    [Fact]
    public async Task ImportRegion_WithoutWait_AnswersAJobThatDescribeRegionImportJobFollows()
    {
        var snapshot = RegionCalls.Json(RegionSnapshotGenerator.Generate(new RegionShape { NetworkInterfaces = 10, SecurityGroups = 3, Seed = 44 }));
        var client = empty.Host.Client(ApiHostFixture.Alice);
        var started = (await RegionCalls.ImportAsync(client, snapshot, wait: false)).Ok();
        var jobId = started.Get("JobId");
        Assert.StartsWith("rij-", jobId, StringComparison.Ordinal);

        // A job is followed by polling, as a client would; bounded.
        var deadline = DateTime.UtcNow.AddMinutes(2);
        JsonElement job;
        do
        {
            job = (await client.CallAsync("DescribeRegionImportJob", RegionCalls.Version, [new("RegionId", "cn-hangzhou"), new("JobId", jobId)])).Ok().Body;
            if (job.GetProperty("Status").GetString() != "Running")
            {
                break;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Equal("Succeeded", job.GetProperty("Status").GetString());
        Assert.Equal("Done", job.GetProperty("Phase").GetString());
        Assert.Equal(job.GetProperty("TotalResources").GetInt32(), job.GetProperty("LoadedResources").GetInt32());
        (await client.CallAsync("DescribeRegionImportJob", RegionCalls.Version, [new("RegionId", "cn-hangzhou"), new("JobId", "rij-unknown")])).Fails("InvalidJobId.NotFound", 404);
        (await host.Client(ApiHostFixture.Alice).CallAsync("DescribeRegionImportJob", RegionCalls.Version, [new("RegionId", "cn-hangzhou"), new("JobId", jobId)])).Fails("InvalidJobId.NotFound", 404);
    }
}
