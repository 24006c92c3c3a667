using SgGrid.Domain.Identifiers;

namespace SgGrid.Api.Ecs.Resources;

/// <summary>The vRouter and system route table every VPC gets: ids derived from the VPC's, since SgGrid does not emulate routing.</summary>
public static class VpcRouting
{
    public static string VRouterIdOf(string vpcId) => "vrt-" + vpcId[ResourceIds.VpcPrefix.Length..];

    public static string RouteTableIdOf(string vpcId) => "vtb-" + vpcId[ResourceIds.VpcPrefix.Length..];
}
