namespace SgGrid.Api.Regions.Loading;

/// <summary>JSON paths (with a filter on the id) to a resource of a snapshot bundle, for problems found while loading.</summary>
public static class ResourcePaths
{
    public static string Vpc(string id) => $"$.DescribeVpcs[*].Vpcs.Vpc[?(@.VpcId=='{id}')]";

    public static string VSwitch(string id) => $"$.DescribeVSwitches[*].VSwitches.VSwitch[?(@.VSwitchId=='{id}')]";

    public static string PrefixList(string id) => $"$.DescribePrefixLists[*].PrefixLists.PrefixList[?(@.PrefixListId=='{id}')]";

    public static string SecurityGroup(string id) => $"$.DescribeSecurityGroups[*].SecurityGroups.SecurityGroup[?(@.SecurityGroupId=='{id}')]";

    public static string NetworkInterface(string id) => $"$.DescribeNetworkInterfaces[*].NetworkInterfaceSets.NetworkInterfaceSet[?(@.NetworkInterfaceId=='{id}')]";

    public static string Instance(string id) => $"$.DescribeInstances[*].Instances.Instance[?(@.InstanceId=='{id}')]";
}
