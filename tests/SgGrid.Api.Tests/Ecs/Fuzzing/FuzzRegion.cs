using System.Text;
using System.Text.Json.Nodes;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Ecs.Fuzzing;

/// <summary>
/// The fuzz test's region: every kind of resource of the fuzz tenant (Mallory) — a VPC with IPv6, a vSwitch, a prefix
/// list, three groups with rules (a CIDR, a prefix-list and a group reference), two ENIs and an instance — plus a few of
/// Bob's for cross-tenant ids, and a snapshot of all of it, as the API describes it, to compare before and after.
/// </summary>
internal sealed class FuzzRegion
{
    public const string RegionId = "cn-hangzhou";

    private FuzzRegion(EcsClient mallory, EcsClient bob) => (Mallory, Bob) = (mallory, bob);

    public EcsClient Mallory { get; }

    public EcsClient Bob { get; }

    /// <summary>Placeholders the templates name: {vpc}, {vsw}, {pl}, {sgA}, {sgB}, {sgC}, {eni}, {eni2}, {inst}, {instEni}, {ruleIn}, {ruleOut}, and Bob's {bvpc}, {bsg}, {beni}.</summary>
    public Dictionary<string, string> Ids { get; } = new(StringComparer.Ordinal);

    public static async Task<FuzzRegion> CreateAsync(ApiHostFixture host)
    {
        var region = new FuzzRegion(host.Client(ApiHostFixture.Mallory), host.Client(ApiHostFixture.Bob));
        var m = region.Mallory;
        var ids = region.Ids;
        ids["vpc"] = (await m.VpcAsync("CreateVpc", ("RegionId", RegionId), ("CidrBlock", "10.20.0.0/16"), ("EnableIpv6", "true"))).Ok().Get("VpcId");
        ids["vsw"] = (await m.VpcAsync("CreateVSwitch", ("RegionId", RegionId), ("VpcId", ids["vpc"]), ("ZoneId", "cn-hangzhou-h"), ("CidrBlock", "10.20.1.0/24"), ("Ipv6CidrBlock", "1"))).Ok().Get("VSwitchId");
        ids["pl"] = (await m.EcsAsync("CreatePrefixList", ("RegionId", RegionId), ("PrefixListName", "fuzz"), ("AddressFamily", "IPv4"), ("MaxEntries", "5"), ("Entry.1.Cidr", "10.99.0.0/16"))).Ok().Get("PrefixListId");
        foreach (var name in new[] { "sgA", "sgB", "sgC" })
        {
            ids[name] = (await m.EcsAsync("CreateSecurityGroup", ("RegionId", RegionId), ("VpcId", ids["vpc"]), ("SecurityGroupName", name))).Ok().Get("SecurityGroupId");
        }

        (await m.EcsAsync("AuthorizeSecurityGroup", ("RegionId", RegionId), ("SecurityGroupId", ids["sgA"]),
            ("Permissions.1.IpProtocol", "TCP"), ("Permissions.1.PortRange", "22/22"), ("Permissions.1.SourceCidrIp", "10.0.0.0/8"),
            ("Permissions.2.IpProtocol", "TCP"), ("Permissions.2.PortRange", "80/80"), ("Permissions.2.SourcePrefixListId", ids["pl"]))).Ok();
        (await m.EcsAsync("AuthorizeSecurityGroupEgress", ("RegionId", RegionId), ("SecurityGroupId", ids["sgA"]),
            ("Permissions.1.IpProtocol", "ALL"), ("Permissions.1.PortRange", "-1/-1"), ("Permissions.1.DestCidrIp", "0.0.0.0/0"), ("Permissions.1.Policy", "drop"), ("Permissions.1.Priority", "100"))).Ok();
        (await m.EcsAsync("AuthorizeSecurityGroup", ("RegionId", RegionId), ("SecurityGroupId", ids["sgB"]),
            ("Permissions.1.IpProtocol", "TCP"), ("Permissions.1.PortRange", "3306/3306"), ("Permissions.1.SourceGroupId", ids["sgA"]))).Ok();
        var rules = (await m.EcsAsync("DescribeSecurityGroupAttribute", ("RegionId", RegionId), ("SecurityGroupId", ids["sgA"]))).Ok().Element("Permissions.Permission").EnumerateArray().ToArray();
        ids["ruleIn"] = rules.First(r => r.GetProperty("Direction").GetString() == "ingress").GetProperty("SecurityGroupRuleId").GetString()!;
        ids["ruleOut"] = rules.First(r => r.GetProperty("Direction").GetString() == "egress").GetProperty("SecurityGroupRuleId").GetString()!;

        ids["eni"] = (await m.EcsAsync("CreateNetworkInterface", ("RegionId", RegionId), ("VSwitchId", ids["vsw"]), ("SecurityGroupIds.1", ids["sgA"]), ("SecurityGroupIds.2", ids["sgB"]), ("Ipv6AddressCount", "1"))).Ok().Get("NetworkInterfaceId");
        ids["eni2"] = (await m.EcsAsync("CreateNetworkInterface", ("RegionId", RegionId), ("VSwitchId", ids["vsw"]), ("SecurityGroupId", ids["sgA"]))).Ok().Get("NetworkInterfaceId");
        ids["inst"] = (await m.EcsAsync("RunInstances", ("RegionId", RegionId), ("VSwitchId", ids["vsw"]), ("SecurityGroupId", ids["sgB"]),
            ("ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd"), ("InstanceType", "ecs.g7.large"))).Ok().Element("InstanceIdSets.InstanceIdSet")[0].GetString()!;
        (await m.EcsAsync("AttachNetworkInterface", ("RegionId", RegionId), ("InstanceId", ids["inst"]), ("NetworkInterfaceId", ids["eni2"]))).Ok();
        var instance = (await m.EcsAsync("DescribeInstances", ("RegionId", RegionId), ("InstanceIds", $"[\"{ids["inst"]}\"]"))).Ok().Element("Instances.Instance")[0];
        ids["instEni"] = instance.GetProperty("NetworkInterfaces").GetProperty("NetworkInterface").EnumerateArray()
            .First(n => n.GetProperty("Type").GetString() == "Primary").GetProperty("NetworkInterfaceId").GetString()!;

        ids["bvpc"] = (await region.Bob.VpcAsync("CreateVpc", ("RegionId", RegionId), ("CidrBlock", "10.30.0.0/16"))).Ok().Get("VpcId");
        var bobSwitch = (await region.Bob.VpcAsync("CreateVSwitch", ("RegionId", RegionId), ("VpcId", ids["bvpc"]), ("ZoneId", "cn-hangzhou-h"), ("CidrBlock", "10.30.1.0/24"))).Ok().Get("VSwitchId");
        ids["bsg"] = (await region.Bob.EcsAsync("CreateSecurityGroup", ("RegionId", RegionId), ("VpcId", ids["bvpc"]), ("SecurityGroupName", "bob"))).Ok().Get("SecurityGroupId");
        ids["beni"] = (await region.Bob.EcsAsync("CreateNetworkInterface", ("RegionId", RegionId), ("VSwitchId", bobSwitch), ("SecurityGroupId", ids["bsg"]))).Ok().Get("NetworkInterfaceId");
        return region;
    }

    /// <summary>Everything the fuzz tenant has in every served region, and Bob's fuzz resources, as the API answers (RequestIds removed).</summary>
    public async Task<string> SnapshotAsync()
    {
        var text = new StringBuilder();
        async Task Add(EcsClient client, string version, string action, params (string, string)[] parameters)
        {
            var response = (await client.CallAsync(action, version, parameters.Select(p => KeyValuePair.Create(p.Item1, p.Item2)))).Ok();
            var node = JsonNode.Parse(response.RawBody)!.AsObject();
            node.Remove("RequestId");
            text.Append(action).Append(' ').AppendLine(node.ToJsonString());
        }

        foreach (var region in new[] { "cn-hangzhou", "cn-shanghai", "cn-beijing", "cn-shenzhen", "ap-southeast-1", "us-west-1" })
        {
            await Add(Mallory, "2016-04-28", "DescribeVpcs", ("RegionId", region), ("PageSize", "50"));
            await Add(Mallory, "2014-05-26", "DescribeSecurityGroups", ("RegionId", region), ("PageSize", "50"));
            await Add(Mallory, "2014-05-26", "DescribeNetworkInterfaces", ("RegionId", region), ("PageSize", "1000"));
            await Add(Mallory, "2014-05-26", "DescribeInstances", ("RegionId", region), ("PageSize", "100"));
            await Add(Mallory, "2014-05-26", "DescribePrefixLists", ("RegionId", region), ("MaxResults", "100"));
        }

        await Add(Mallory, "2016-04-28", "DescribeVSwitches", ("RegionId", RegionId), ("VpcId", Ids["vpc"]), ("PageSize", "50"));
        foreach (var group in new[] { "sgA", "sgB", "sgC" })
        {
            await Add(Mallory, "2014-05-26", "DescribeSecurityGroupAttribute", ("RegionId", RegionId), ("SecurityGroupId", Ids[group]));
        }

        await Add(Mallory, "2014-05-26", "DescribeSecurityGroupReferences", ("RegionId", RegionId), ("SecurityGroupId.1", Ids["sgA"]), ("SecurityGroupId.2", Ids["sgB"]));
        await Add(Mallory, "2014-05-26", "DescribePrefixListAttributes", ("RegionId", RegionId), ("PrefixListId", Ids["pl"]));
        await Add(Bob, "2016-04-28", "DescribeVpcs", ("RegionId", RegionId), ("VpcId", Ids["bvpc"]));
        await Add(Bob, "2014-05-26", "DescribeSecurityGroupAttribute", ("RegionId", RegionId), ("SecurityGroupId", Ids["bsg"]));
        await Add(Bob, "2014-05-26", "DescribeNetworkInterfaces", ("RegionId", RegionId), ("NetworkInterfaceId.1", Ids["beni"]));
        return text.ToString();
    }
}
