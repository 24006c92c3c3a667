using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Grains.Abstractions.VSwitches;
using SgGrid.Grains.Abstractions.Vpcs;

namespace SgGrid.Api.Ecs.Resources;

/// <summary>
/// Where a VPC-API call acts when its <c>RegionId</c> is optional (CreateVSwitch, DeleteVpc, DeleteVSwitch,
/// DescribeVSwitches): the named region, or else the region the tenant's VPC or vSwitch is in. The SDKs send no RegionId
/// unless the caller sets one, so a resource outside the default region must still be found.
/// </summary>
public static class VpcApiRegions
{
    /// <summary>
    /// Reads the optional <c>RegionId</c>: the one region it names, or every served region (the default first) when absent.
    /// Records <c>InvalidRegionId.NotFound</c> (and returns none) for a region not served.
    /// </summary>
    public static IReadOnlyList<TenantRegion> Read(RpcContext context, ParameterReader reader)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(reader);
        var regionId = reader.Optional("RegionId", TenantRegion.MaxIdLength);
        if (reader.HasError)
        {
            return [];
        }

        if (regionId is not null)
        {
            if (!context.Serves(regionId))
            {
                reader.Fail(ApiErrors.RegionNotFound(regionId));
                return [];
            }

            return [context.In(regionId)];
        }

        return [.. context.Regions.Regions
            .Select(r => r.RegionId)
            .OrderBy(id => id == context.Regions.DefaultRegionId ? 0 : 1)
            .Select(context.In)];
    }

    /// <summary>The tenant's VPC in the first of <paramref name="regions"/> that has it, or null.</summary>
    public static async Task<(TenantRegion Region, VpcInfo Vpc)?> FindVpcAsync(IReadOnlyList<TenantRegion> regions, string vpcId)
    {
        ArgumentNullException.ThrowIfNull(regions);
        if (!TenantRegion.IsId(vpcId, Domain.Identifiers.ResourceIds.VpcPrefix))
        {
            return null;
        }

        foreach (var region in regions)
        {
            if (await region.FindVpcAsync(vpcId) is { } vpc)
            {
                return (region, vpc);
            }
        }

        return null;
    }

    /// <summary>The tenant's vSwitch in the first of <paramref name="regions"/> that has it, or null.</summary>
    public static async Task<(TenantRegion Region, VSwitchInfo VSwitch)?> FindVSwitchAsync(IReadOnlyList<TenantRegion> regions, string vSwitchId)
    {
        ArgumentNullException.ThrowIfNull(regions);
        if (!TenantRegion.IsId(vSwitchId, Domain.Identifiers.ResourceIds.VSwitchPrefix))
        {
            return null;
        }

        foreach (var region in regions)
        {
            if (await region.FindVSwitchAsync(vSwitchId) is { } vSwitch)
            {
                return (region, vSwitch);
            }
        }

        return null;
    }
}
