using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Ecs.Actions;

/// <summary>
/// The VPC, vSwitch and prefix-list actions with seeded random parameters (names each action reads, values of every
/// shape): every answer is a success or a 4xx ECS error with a code, never a 500.
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class VpcActionsRobustnessTests(ApiHostFixture host)
{
    private static readonly (string Action, bool Vpc, string[] Parameters)[] Actions =
    [
        ("CreateVpc", true, ["CidrBlock", "VpcName", "Description", "EnableIpv6", "Ipv6CidrBlock", "Ipv6Isp", "ResourceGroupId", "Tag.1.Key", "Tag.1.Value", "DryRun"]),
        ("CreateVSwitch", true, ["VpcId", "ZoneId", "CidrBlock", "VSwitchName", "Ipv6CidrBlock", "Ipv6CidrMask", "VpcIpv6CidrBlock", "Tag.1.Key"]),
        ("DeleteVpc", true, ["VpcId", "ForceDelete", "DryRun"]),
        ("DeleteVSwitch", true, ["VSwitchId", "DryRun"]),
        ("DescribeVpcs", true, ["VpcId", "VpcName", "IsDefault", "EnableIpv6", "VpcOwnerId", "PageNumber", "PageSize", "Tag.1.Key", "Tag.x.Value", "DryRun"]),
        ("DescribeVSwitches", true, ["VpcId", "VSwitchId", "VSwitchName", "ZoneId", "RouteTableId", "IsDefault", "EnableIpv6", "VSwitchOwnerId", "PageNumber", "PageSize"]),
        ("CreatePrefixList", false, ["PrefixListName", "AddressFamily", "MaxEntries", "Description", "Entry.1.Cidr", "Entry.1.Description", "Entry.0.Cidr", "Entry.2.Cidr", "Tag.1.Key"]),
        ("ModifyPrefixList", false, ["PrefixListId", "PrefixListName", "Description", "AddEntry.1.Cidr", "AddEntry.1.Description", "RemoveEntry.1.Cidr", "RemoveEntry.x.Cidr"]),
        ("DescribePrefixLists", false, ["PrefixListId.1", "PrefixListId", "AddressFamily", "PrefixListName", "MaxResults", "NextToken", "Tag.1.Value"]),
        ("DescribePrefixListAttributes", false, ["PrefixListId"]),
        ("DeletePrefixList", false, ["PrefixListId"]),
    ];

    private static readonly string[] Values =
    [
        "", "0", "-1", "256", "2147483648", "true", "TRUE", "maybe", "IPv4", "ipv6", "10.0.0.0/8", "10.0.0.0/33", "2001:db8::/32",
        "::/0", "0.0.0.0/0", "vpc-", "vpc-a", "vsw-zzzzzzzzzzzzzzzzzzzzz", "pl-", "pl-UPPER", "vtb-", "cn-hangzhou-h", "[\"pl-a\"]", "[1,2",
        "a,b,,c", "com.aliyun.x", "http://x", "名字", "\u0000", new string('x', 300), new string('9', 40), "BGP", "*",
    ];

    [Fact]
    public async Task Actions_RandomParameters_NeverAnswer500()
    {
        var random = new Random(20160428);
        var client = host.Client(ApiHostFixture.Alice);
        for (var i = 0; i < 400; i++)
        {
            var (action, isVpc, names) = Actions[random.Next(Actions.Length)];
            var parameters = new List<(string, string)>();
            if (random.Next(4) != 0)
            {
                parameters.Add(("RegionId", random.Next(5) == 0 ? "mars-north-1" : ApiRegion.RegionId));
            }

            foreach (var name in names.Where(_ => random.Next(2) == 0))
            {
                parameters.Add((name, Values[random.Next(Values.Length)]));
            }

            var response = isVpc ? await client.VpcAsync(action, [.. parameters]) : await client.EcsAsync(action, [.. parameters]);

            Assert.True(response.Status is 200 or (>= 400 and < 500), $"{action} {string.Join('&', parameters)} answered {response}");
            Assert.True(response.IsSuccess || !string.IsNullOrEmpty(response.Code), $"{action} answered {response}");
        }
    }
}
