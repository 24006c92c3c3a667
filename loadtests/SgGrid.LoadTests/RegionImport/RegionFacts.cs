using SgGrid.Domain.Snapshots.Documents;

namespace SgGrid.LoadTests.RegionImport;

/// <summary>What the region mode needs to know of its generated snapshot once the snapshot itself is gone.</summary>
internal sealed record RegionFacts(string VpcId, string LargeGroupId, string TierGroupId, int NetworkInterfaces, int Groups, int Rules, int Resources, int LargeGroupMembers)
{
    public static RegionFacts Of(RegionSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var groups = snapshot.DescribeSecurityGroups.SelectMany(a => a.SecurityGroups!.Items).ToList();
        var enis = snapshot.DescribeNetworkInterfaces.SelectMany(a => a.NetworkInterfaceSets!.Items).ToList();
        var large = groups[0].SecurityGroupId!;
        var resources = snapshot.DescribeVpcs.Sum(a => a.Vpcs!.Items.Count) + snapshot.DescribeVSwitches.Sum(a => a.VSwitches!.Items.Count)
            + snapshot.DescribePrefixLists.Sum(a => a.PrefixLists!.Items.Count) + groups.Count + enis.Count + snapshot.DescribeInstances.Sum(a => a.Instances!.Items.Count);
        return new RegionFacts(
            snapshot.DescribeVpcs[0].Vpcs!.Items[0].VpcId!,
            large,
            groups[^1].SecurityGroupId!,
            enis.Count,
            groups.Count,
            snapshot.DescribeSecurityGroupAttribute.Sum(a => a.Permissions!.Items.Count),
            resources,
            enis.Count(e => e.SecurityGroupIds!.Items.Contains(large)));
    }
}
