using System.Globalization;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Identifiers;
using SgGrid.Domain.Snapshots.Documents;

namespace SgGrid.Domain.Snapshots.Generation;

/// <summary>
/// Makes a realistic region snapshot of a <see cref="RegionShape"/>, deterministically from its seed: a VPC
/// (10.0.0.0/8) with /20 vSwitches across the zones, prefix lists, tiered groups whose rules accept from the tier before
/// (group references), from prefix lists and from CIDR blocks (distinct port ranges, so no duplicates; ports
/// 40000-49999 stay free for probes), shared groups, ENIs in 1-5 groups, instances with their primary ENIs, attachments.
/// </summary>
/// <remarks>The snapshot is what Describe* answers look like (one answer per action listing every item); the generator
/// keeps within SgGrid's default constraints except the quotas the shape itself asks beyond (groups per region, rules).</remarks>
public sealed partial class RegionSnapshotGenerator
{
    private static readonly DateTimeOffset Epoch = new(2025, 6, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly string[] TierNames = ["web", "app", "cache", "db", "batch", "mq"];

    private readonly RegionShape _shape;
    private readonly Random _random;
    private int _clock;

    private RegionSnapshotGenerator(RegionShape shape)
    {
        _shape = shape;
        _random = new Random(shape.Seed);
    }

    public static RegionSnapshot Generate(RegionShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(shape.NetworkInterfaces);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(shape.SecurityGroups);
        return new RegionSnapshotGenerator(shape).Build();
    }

    private RegionSnapshot Build()
    {
        var vpcId = ResourceIds.NewVpcId(_random);
        var vSwitchCount = Math.Max(1, (_shape.NetworkInterfaces + _shape.NetworkInterfacesPerVSwitch - 1) / _shape.NetworkInterfacesPerVSwitch);
        var vSwitches = Enumerable.Range(0, vSwitchCount).Select(i => new SnapshotVSwitch
        {
            VSwitchId = ResourceIds.NewVSwitchId(_random),
            VSwitchName = $"vsw-{i:D3}",
            Description = "",
            VpcId = vpcId,
            ZoneId = _shape.ZoneIds[i % _shape.ZoneIds.Count],
            CidrBlock = VSwitchBlock(i).ToString(),
            CreationTime = NextTime(),
            ResourceGroupId = "",
            Tags = Tags(("env", "prod")),
        }).ToList();
        var prefixLists = PrefixLists();
        var groups = Groups(vpcId);
        var (networkInterfaces, instances) = NetworkInterfaces(vpcId, vSwitches, groups);
        return new RegionSnapshot
        {
            SnapshotFormat = RegionSnapshot.FormatName,
            RegionId = _shape.RegionId,
            DescribeVpcs = [new DescribeVpcsAnswer
            {
                RegionId = _shape.RegionId,
                Vpcs = new("Vpc", [new SnapshotVpc
                {
                    VpcId = vpcId, VpcName = "production", Description = "generated region", RegionId = _shape.RegionId,
                    CidrBlock = "10.0.0.0/8", CreationTime = Time(0), ResourceGroupId = "", Tags = Tags(("env", "prod"), ("owner", "platform")),
                }]),
            }],
            DescribeVSwitches = [new DescribeVSwitchesAnswer { RegionId = _shape.RegionId, VSwitches = new("VSwitch", vSwitches) }],
            DescribePrefixLists = [new DescribePrefixListsAnswer { RegionId = _shape.RegionId, PrefixLists = new("PrefixList", [.. prefixLists.Select(p => p.List)]) }],
            DescribePrefixListAttributes = [.. prefixLists.Select(p => p.Entries)],
            DescribeSecurityGroups = [new DescribeSecurityGroupsAnswer { RegionId = _shape.RegionId, SecurityGroups = new("SecurityGroup", [.. groups.Select(g => g.Group)]) }],
            DescribeSecurityGroupAttribute = [.. groups.Select(g => new DescribeSecurityGroupAttributeAnswer
            {
                RegionId = _shape.RegionId,
                SecurityGroupId = g.Group.SecurityGroupId,
                InnerAccessPolicy = g.Tier < 0 ? "Drop" : "Accept",
                Permissions = new("Permission", Rules(g, groups, prefixLists)),
            })],
            DescribeNetworkInterfaces = [new DescribeNetworkInterfacesAnswer { RegionId = _shape.RegionId, NetworkInterfaceSets = new("NetworkInterfaceSet", networkInterfaces) }],
            DescribeInstances = [new DescribeInstancesAnswer { RegionId = _shape.RegionId, Instances = new("Instance", instances) }],
        };
    }

    /// <summary>The i-th /20 of 10.0.0.0/8.</summary>
    private static IpCidr VSwitchBlock(int index) => new(NetworkAddress.FromIPv4((10u << 24) + ((uint)index << 12)), 20);

    private string NextTime() => Time(++_clock);

    private static string Time(int seconds) => Epoch.AddSeconds(seconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static WrappedList<SnapshotTag> Tags(params (string Key, string Value)[] tags) =>
        new("Tag", [.. tags.Select(t => new SnapshotTag { TagKey = t.Key, TagValue = t.Value })]);

    private int Pick(IReadOnlyList<(int Value, double Weight)> weights)
    {
        var roll = _random.NextDouble() * weights.Sum(w => w.Weight);
        foreach (var (value, weight) in weights)
        {
            roll -= weight;
            if (roll < 0)
            {
                return value;
            }
        }

        return weights[^1].Value;
    }

    private List<(SnapshotPrefixList List, DescribePrefixListAttributesAnswer Entries)> PrefixLists() =>
        [.. Enumerable.Range(0, _shape.PrefixLists).Select(i =>
        {
            var id = ResourceIds.NewPrefixListId(_random);
            var entries = Enumerable.Range(0, 4 + _random.Next(13))
                .Select(e => new SnapshotPrefixListEntry { Cidr = $"{100 + (i % 150)}.{e + (i / 150 * 16)}.0.0/16", Description = $"site-{e}" })
                .ToList();
            var created = NextTime()[..^4] + "Z"; // prefix lists are described to the minute
            return (
                new SnapshotPrefixList { PrefixListId = id, PrefixListName = $"partners-{i}", Description = "partner networks", AddressFamily = "IPv4", MaxEntries = 20, CreationTime = created, ResourceGroupId = "", Tags = Tags() },
                new DescribePrefixListAttributesAnswer { PrefixListId = id, Entries = new("Entry", entries) });
        })];
}
