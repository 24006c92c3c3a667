using System.Text;
using System.Text.Json.Nodes;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Snapshots.Generation;

namespace SgGrid.Api.Tests.Regions;

/// <summary>Snapshots that break SgGrid's constraints answer 400 with every problem (path and code) and load nothing.</summary>
[Collection(ApiHostDefinition.Name)]
public sealed class RegionImportValidationTests(ApiHostFixture host)
{
    private const string EniPath = "$.DescribeNetworkInterfaces[0].NetworkInterfaceSets.NetworkInterfaceSet";

    private static readonly Dictionary<string, (Action<JsonObject> Break, string Path, string Code)> Cases = new()
    {
        ["VSwitchOutsideVpc"] = (s => VSwitch(s)["CidrBlock"] = "192.168.0.0/24", "$.DescribeVSwitches[0].VSwitches.VSwitch[0].CidrBlock", EcsErrorCodes.CidrBlockMismatch),
        ["UnknownZone"] = (s => VSwitch(s)["ZoneId"] = "cn-hangzhou-z", "$.DescribeVSwitches[0].VSwitches.VSwitch[0].ZoneId", EcsErrorCodes.ZoneNotFound),
        ["DuplicateVpc"] = (s => s["DescribeVpcs"]![0]!["Vpcs"]!["Vpc"]!.AsArray().Add(s["DescribeVpcs"]![0]!["Vpcs"]!["Vpc"]![0]!.DeepClone()), "$.DescribeVpcs[0].Vpcs.Vpc[1].VpcId", EcsErrorCodes.InvalidParameterConflict),
        ["BadPriority"] = (s => Rule(s, 0, 0)["Priority"] = "0", "$.DescribeSecurityGroupAttribute[0].Permissions.Permission[0]", EcsErrorCodes.PriorityNotSupported),
        ["BadPortRange"] = (s => Rule(s, 1, 0)["PortRange"] = "10/1", "$.DescribeSecurityGroupAttribute[1].Permissions.Permission[0]", EcsErrorCodes.InvalidPortRange),
        ["DuplicateRuleId"] = (s => Rule(s, 1, 1)["SecurityGroupRuleId"] = Rule(s, 0, 0)["SecurityGroupRuleId"]!.GetValue<string>(), "$.DescribeSecurityGroupAttribute[1].Permissions.Permission[1].SecurityGroupRuleId", EcsErrorCodes.InvalidParameterConflict),
        ["ReferencedGroupMissing"] = (s => ReferenceRule(s)["SourceGroupId"] = "sg-missing0000000000", "SourceGroupId", EcsErrorCodes.SourceGroupNotFound),
        ["PrefixListEntryFamily"] = (s => s["DescribePrefixListAttributes"]![0]!["Entries"]!["Entry"]![0]!["Cidr"] = "2001:db8::/32", "$.DescribePrefixListAttributes[0].Entries.Entry[0].Cidr", EcsErrorCodes.PrefixListEntryFamilyMismatch),
        ["RulesMissing"] = (s => s["DescribeSecurityGroupAttribute"]!.AsArray().RemoveAt(0), "$.DescribeSecurityGroups[0].SecurityGroups.SecurityGroup[0]", EcsErrorCodes.MissingParameter),
        ["UnknownGroupOnEni"] = (s => Eni(s, 0)["SecurityGroupIds"]!["SecurityGroupId"]![0] = "sg-missing0000000000", $"{EniPath}[0].SecurityGroupIds.SecurityGroupId[0]", EcsErrorCodes.SecurityGroupNotFound),
        ["DuplicateAddress"] = (s => SetAddress(Eni(s, 1), Eni(s, 0)["PrivateIpAddress"]!.GetValue<string>()), $"{EniPath}[1].PrivateIpAddress", EcsErrorCodes.PrivateIpAddressDuplicated),
        ["AddressOutsideVSwitch"] = (s => SetAddress(Eni(s, 2), "172.31.0.9"), $"{EniPath}[2].PrivateIpAddress", EcsErrorCodes.VSwitchIpInvalid),
        ["BadTime"] = (s => Eni(s, 3)["CreationTime"] = "yesterday", $"{EniPath}[3].CreationTime", EcsErrorCodes.InvalidParameter),
        ["InstanceEniMissing"] = (s => s["DescribeInstances"]![0]!["Instances"]!["Instance"]![0]!["NetworkInterfaces"]!["NetworkInterface"]![0]!["NetworkInterfaceId"] = "eni-missing0000000000", "$.DescribeInstances[0].Instances.Instance[0].NetworkInterfaces", EcsErrorCodes.NetworkInterfaceNotFound),
        ["NotJson"] = (_ => { }, "$", EcsErrorCodes.InvalidParameter),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task ImportRegion_BrokenSnapshot_AnswersThePathAndCodeAndLoadsNothing(string name)
    {
        var (snapshot, vpcId) = Snapshot(seed: 100 + Cases.Keys.ToList().IndexOf(name));
        var (breakIt, path, code) = Cases[name];
        breakIt(snapshot);
        var body = name == "NotJson" ? snapshot.ToJsonString()[..200] : snapshot.ToJsonString();
        var client = host.Client(ApiHostFixture.Importer2);

        var response = await RegionCalls.ImportAsync(client, body);

        response.Fails(EcsErrorCodes.InvalidSnapshot, 400);
        var problems = response.Body.GetProperty("Problems").GetProperty("Problem").EnumerateArray().ToList();
        Assert.Contains(problems, p => p.GetProperty("Code").GetString() == code && p.GetProperty("Path").GetString()!.Contains(path, StringComparison.Ordinal));
        await AssertNothingLoadedAsync(client, vpcId);
    }

    [Fact]
    public async Task ImportRegion_SeveralProblems_AnswersEveryOne()
    {
        var (snapshot, vpcId) = Snapshot(seed: 199);
        string[] names = ["UnknownZone", "BadPriority", "PrefixListEntryFamily", "BadTime"];
        foreach (var name in names)
        {
            Cases[name].Break(snapshot);
        }

        var response = await RegionCalls.ImportAsync(host.Client(ApiHostFixture.Importer2), snapshot.ToJsonString());

        response.Fails(EcsErrorCodes.InvalidSnapshot, 400);
        var problems = response.Body.GetProperty("Problems").GetProperty("Problem").EnumerateArray().Select(p => (p.GetProperty("Path").GetString(), p.GetProperty("Code").GetString())).ToList();
        foreach (var name in names)
        {
            Assert.Contains((Cases[name].Path, Cases[name].Code), problems);
        }

        await AssertNothingLoadedAsync(host.Client(ApiHostFixture.Importer2), vpcId);
    }

    [Fact]
    public async Task ImportRegion_ResourceThatExistsWithOtherAttributes_IsAConflictAndNothingElseLoads()
    {
        var (snapshot, _) = Snapshot(seed: 200);
        var client = host.Client(ApiHostFixture.Importer2);
        (await RegionCalls.ImportAsync(client, snapshot.ToJsonString())).Ok();
        var group = snapshot["DescribeSecurityGroups"]![0]!["SecurityGroups"]!["SecurityGroup"]![1]!;
        var groupId = group["SecurityGroupId"]!.GetValue<string>();
        group["SecurityGroupName"] = "renamed";
        var (other, otherVpc) = Snapshot(seed: 201);
        foreach (var action in new[] { "DescribeVpcs", "DescribeVSwitches", "DescribePrefixLists", "DescribePrefixListAttributes", "DescribeSecurityGroups", "DescribeSecurityGroupAttribute", "DescribeNetworkInterfaces", "DescribeInstances" })
        {
            foreach (var answer in other[action]!.AsArray())
            {
                snapshot[action]!.AsArray().Add(answer!.DeepClone());
            }
        }

        var response = await RegionCalls.ImportAsync(client, snapshot.ToJsonString());

        response.Fails(EcsErrorCodes.InvalidSnapshot, 400);
        var problem = Assert.Single(response.Body.GetProperty("Problems").GetProperty("Problem").EnumerateArray());
        Assert.Equal(EcsErrorCodes.InvalidParameterConflict, problem.GetProperty("Code").GetString());
        Assert.Contains(groupId, problem.GetProperty("Path").GetString(), StringComparison.Ordinal);
        await AssertNothingLoadedAsync(client, otherVpc);
    }

    [Fact]
    public async Task ImportRegion_BodyNotTheSignedOne_IsRefusedAndLoadsNothing()
    {
        var (snapshot, vpcId) = Snapshot(seed: 202);
        var client = host.Client(ApiHostFixture.Importer2);
        var request = client.Build("ImportRegion", RegionCalls.Version, [new("RegionId", "cn-hangzhou"), new("Wait", "true")], new SigningOptions { JsonBody = "{}" });
        request.Content = new StringContent(snapshot.ToJsonString(), Encoding.UTF8, "application/json");

        (await EcsClient.SendAsync(request)).Fails("SignatureDoesNotMatch");
        await AssertNothingLoadedAsync(client, vpcId);
    }

    private static (JsonObject Snapshot, string VpcId) Snapshot(int seed)
    {
        var snapshot = JsonNode.Parse(RegionCalls.Json(RegionSnapshotGenerator.Generate(new RegionShape { NetworkInterfaces = 12, SecurityGroups = 4, PrefixLists = 1, InstanceShare = 0.5, Seed = seed })))!.AsObject();
        return (snapshot, snapshot["DescribeVpcs"]![0]!["Vpcs"]!["Vpc"]![0]!["VpcId"]!.GetValue<string>());
    }

    private static async Task AssertNothingLoadedAsync(EcsClient client, string vpcId)
    {
        var vpcs = JsonNode.Parse(await RegionCalls.DescribeAsync(client, "DescribeVpcs", ("VpcId", vpcId)))!;
        Assert.Equal(0, vpcs["TotalCount"]!.GetValue<int>());
    }

    private static JsonNode VSwitch(JsonObject s) => s["DescribeVSwitches"]![0]!["VSwitches"]!["VSwitch"]![0]!;

    private static JsonNode Rule(JsonObject s, int group, int rule) => s["DescribeSecurityGroupAttribute"]![group]!["Permissions"]!["Permission"]![rule]!;

    private static JsonNode Eni(JsonObject s, int index) => s["DescribeNetworkInterfaces"]![0]!["NetworkInterfaceSets"]!["NetworkInterfaceSet"]![index]!;

    private static JsonNode ReferenceRule(JsonObject s) =>
        s["DescribeSecurityGroupAttribute"]!.AsArray().SelectMany(a => a!["Permissions"]!["Permission"]!.AsArray()).First(r => r!["SourceGroupId"] is not null)!;

    private static void SetAddress(JsonNode eni, string address)
    {
        eni["PrivateIpAddress"] = address;
        eni["PrivateIpSets"]!["PrivateIpSet"]![0]!["PrivateIpAddress"] = address;
    }
}
