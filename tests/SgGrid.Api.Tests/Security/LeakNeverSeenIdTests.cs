using Microsoft.Extensions.DependencyInjection;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;
using SgGrid.Domain.Identifiers;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Abstractions.PrefixLists;
using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.Grains.Abstractions.VSwitches;
using SgGrid.Grains.Abstractions.Vpcs;

namespace SgGrid.Api.Tests.Security;

/// <summary>
/// Issue 14.9: a well-formed id the tenant does not have takes the path another tenant's live id takes — the tenant's
/// own directory says no — so its first lookup activates no grain, and timing cannot tell never-seen ids from live
/// foreign ones.
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class LeakNeverSeenIdTests(ApiHostFixture host)
{
    private const string Ecs = "2014-05-26";
    private const string Vpc = "2016-04-28";

    public static TheoryData<string, string, string> Lookups => new()
    {
        { "DescribeSecurityGroupAttribute", Ecs, "SecurityGroupId" },
        { "AuthorizeSecurityGroup", Ecs, "SecurityGroupId" },
        { "DeleteNetworkInterface", Ecs, "NetworkInterfaceId" },
        { "DescribePrefixListAttributes", Ecs, "PrefixListId" },
        { "CreateSecurityGroup", Ecs, "VpcId" },
        { "DeleteVSwitch", Vpc, "VSwitchId" },
    };

    [Theory]
    [MemberData(nameof(Lookups))]
    public async Task Lookup_NeverSeenIdOfValidShape_AnswersNotFoundAndActivatesNoGrain(string action, string version, string parameter)
    {
        var client = host.Client(ApiHostFixture.Bob);
        var (id, grain) = NeverSeen(parameter);
        (string, string)[] extra = action == "AuthorizeSecurityGroup"
            ? [("Permissions.1.IpProtocol", "TCP"), ("Permissions.1.PortRange", "22/22"), ("Permissions.1.SourceCidrIp", "10.0.0.0/8")]
            : [];

        var answer = await client.CallAsync(action, version,
            [KeyValuePair.Create("RegionId", ApiRegion.RegionId), KeyValuePair.Create(parameter, id), .. extra.Select(p => KeyValuePair.Create(p.Item1, p.Item2))]);

        Assert.Equal(404, answer.Status);
        Assert.EndsWith(".NotFound", answer.Code, StringComparison.Ordinal);
        var management = host.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        Assert.Equal(0, await management.GetGrainActivationCount((GrainReference)grain));
    }

    /// <summary>A fresh id of the parameter's kind and the grain it would name.</summary>
    private (string Id, IAddressable Grain) NeverSeen(string parameter)
    {
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        switch (parameter)
        {
            case "SecurityGroupId":
                var group = ResourceIds.NewSecurityGroupId(Random.Shared);
                return (group, grains.GetGrain<ISecurityGroupGrain>(group));
            case "NetworkInterfaceId":
                var eni = ResourceIds.NewNetworkInterfaceId(Random.Shared);
                return (eni, grains.GetGrain<INetworkInterfaceGrain>(eni));
            case "PrefixListId":
                var list = ResourceIds.NewPrefixListId(Random.Shared);
                return (list, grains.GetGrain<IPrefixListGrain>(list));
            case "VpcId":
                var vpc = ResourceIds.NewVpcId(Random.Shared);
                return (vpc, grains.GetGrain<IVpcGrain>(vpc));
            default:
                var vSwitch = ResourceIds.NewVSwitchId(Random.Shared);
                return (vSwitch, grains.GetGrain<IVSwitchGrain>(vSwitch));
        }
    }
}
