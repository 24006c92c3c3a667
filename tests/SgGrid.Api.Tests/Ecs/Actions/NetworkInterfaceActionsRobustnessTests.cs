using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Ecs.Actions;

/// <summary>
/// Hostile values in every parameter of the ENI and instance actions, on top of an otherwise valid request: each answer is
/// an ECS error or a success, never a 500.
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class NetworkInterfaceActionsRobustnessTests(ApiHostFixture host)
{
    private static readonly string[] Hostile =
    [
        "", " ", "-1", "0", "2147483648", "99999999999999999999", "true", "[\"a\",", "[1,2]", "null", "{}",
        "10.0.1.999", "10.0.1.255", "::", "eni-", "i-", "sg-", "*", "a[0,9]b", "[999999,6]", "\u0000", "💥💥", new string('x', 5000),
    ];

    private static readonly Dictionary<string, string[]> Parameters = new()
    {
        ["CreateNetworkInterface"] = ["VSwitchId", "SecurityGroupId", "SecurityGroupIds.1", "PrimaryIpAddress", "PrivateIpAddress.1", "SecondaryPrivateIpAddressCount",
            "Ipv6Address.1", "Ipv6AddressCount", "NetworkInterfaceName", "Description", "InstanceType", "Tag.1.Key", "Tag.1.Value", "DeleteOnRelease", "ClientToken", "Ipv4Prefix.1"],
        ["DeleteNetworkInterface"] = ["NetworkInterfaceId"],
        ["AttachNetworkInterface"] = ["InstanceId", "NetworkInterfaceId", "NetworkCardIndex", "TrunkNetworkInstanceId"],
        ["DetachNetworkInterface"] = ["InstanceId", "NetworkInterfaceId"],
        ["DescribeNetworkInterfaces"] = ["NetworkInterfaceId.1", "InstanceId", "VpcId", "SecurityGroupId", "Type", "Status", "PrimaryIpAddress", "PrivateIpAddress.1",
            "Ipv6Address.1", "Tag.1.Key", "MaxResults", "NextToken", "PageNumber", "PageSize", "ServiceManaged"],
        ["ModifyNetworkInterfaceAttribute"] = ["NetworkInterfaceId", "SecurityGroupId.1", "NetworkInterfaceName", "Description", "DeleteOnRelease"],
        ["AssignPrivateIpAddresses"] = ["NetworkInterfaceId", "PrivateIpAddress.1", "SecondaryPrivateIpAddressCount", "Ipv4PrefixCount"],
        ["UnassignPrivateIpAddresses"] = ["NetworkInterfaceId", "PrivateIpAddress.1"],
        ["RunInstances"] = ["VSwitchId", "ZoneId", "ImageId", "InstanceType", "SecurityGroupId", "PrivateIpAddress", "Amount", "MinAmount", "InstanceName", "HostName",
            "HostNames.1", "UniqueSuffix", "Description", "Ipv6Address.1", "Ipv6AddressCount", "DryRun", "NetworkInterface.1.InstanceType", "NetworkInterface.1.VSwitchId",
            "NetworkInterface.1.SecurityGroupIds.1", "NetworkInterface.1.PrimaryIpAddress", "NetworkInterface.1.NetworkInterfaceId", "NetworkInterface.1.SecondaryPrivateIpAddressCount",
            "NetworkInterface.2.DeleteOnRelease", "NetworkInterface.9.InstanceType"],
        ["DescribeInstances"] = ["InstanceIds", "VpcId", "SecurityGroupId", "Status", "InstanceName", "PrivateIpAddresses", "PublicIpAddresses", "InstanceNetworkType",
            "Ipv6Address.1", "MaxResults", "NextToken", "PageNumber", "PageSize", "DryRun"],
        ["DeleteInstance"] = ["InstanceId", "Force", "DryRun"],
        ["DeleteInstances"] = ["InstanceId.1", "Force", "DryRun", "ClientToken"],
        ["JoinSecurityGroup"] = ["InstanceId", "NetworkInterfaceId", "SecurityGroupId", "RegionId"],
        ["LeaveSecurityGroup"] = ["InstanceId", "NetworkInterfaceId", "SecurityGroupId", "RegionId"],
    };

    [Fact]
    public async Task EveryParameter_HostileValues_NeverAnswer500()
    {
        var region = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Alice));
        var group = await region.CreateSecurityGroupAsync();
        var eni = await region.CreateEniIdAsync(group);
        var instance = await region.RunInstanceAsync([group]);
        var valid = new Dictionary<string, (string, string)[]>
        {
            ["CreateNetworkInterface"] = [("VSwitchId", region.VSwitchId), ("SecurityGroupId", group)],
            ["DeleteNetworkInterface"] = [("NetworkInterfaceId", "eni-missing0000000000000")],
            ["AttachNetworkInterface"] = [("InstanceId", instance), ("NetworkInterfaceId", eni)],
            ["DetachNetworkInterface"] = [("InstanceId", instance), ("NetworkInterfaceId", eni)],
            ["DescribeNetworkInterfaces"] = [],
            ["ModifyNetworkInterfaceAttribute"] = [("NetworkInterfaceId", eni)],
            ["AssignPrivateIpAddresses"] = [("NetworkInterfaceId", eni), ("SecondaryPrivateIpAddressCount", "1")],
            ["UnassignPrivateIpAddresses"] = [("NetworkInterfaceId", eni), ("PrivateIpAddress.1", "10.0.1.250")],
            ["RunInstances"] = [("VSwitchId", region.VSwitchId), ("ImageId", NetworkCalls.ImageId), ("InstanceType", NetworkCalls.InstanceType), ("SecurityGroupId", group), ("DryRun", "true")],
            ["DescribeInstances"] = [],
            ["DeleteInstance"] = [("InstanceId", instance), ("DryRun", "true"), ("Force", "true")],
            ["DeleteInstances"] = [("InstanceId.1", instance), ("DryRun", "true"), ("Force", "true")],
            ["JoinSecurityGroup"] = [("InstanceId", instance), ("SecurityGroupId", group)],
            ["LeaveSecurityGroup"] = [("InstanceId", instance), ("SecurityGroupId", group)],
        };

        var failures = new List<string>();
        foreach (var (action, names) in Parameters)
        {
            foreach (var name in names)
            {
                foreach (var value in Hostile)
                {
                    (string, string)[] parameters = [.. valid[action].Prepend(("RegionId", ApiRegion.RegionId)).Where(p => p.Item1 != name), (name, value)];
                    var response = await region.Client.EcsAsync(action, parameters);
                    if (response.Status >= 500 || response.Code is null && !response.IsSuccess)
                    {
                        failures.Add($"{action} {name}={value[..Math.Min(value.Length, 20)]}: {response}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
