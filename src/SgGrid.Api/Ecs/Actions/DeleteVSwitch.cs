using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Domain.Networks;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// DeleteVSwitch (VPC API): deletes a vSwitch none of whose addresses is allocated (<c>DependencyViolation</c>, HTTP 400,
/// while ENIs hold any). Without <c>RegionId</c> the vSwitch's own region is used.
/// </summary>
public sealed class DeleteVSwitch : IRpcAction
{
    public string Name => nameof(DeleteVSwitch);

    public string Version => ApiVersions.Vpc;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var regions = VpcApiRegions.Read(context, reader);
        var vSwitchId = reader.Required("VSwitchId", TenantRegion.MaxIdLength);
        var dryRun = reader.Bool("DryRun") ?? false;
        if (reader.Error is { } error)
        {
            return error;
        }

        if (await VpcApiRegions.FindVSwitchAsync(regions, vSwitchId) is not ({ } region, { } vSwitch))
        {
            return NetworkErrors.VSwitchNotFound(vSwitchId);
        }

        if (dryRun)
        {
            return vSwitch.AllocatedIpAddressCount > 0 ? NetworkErrors.VSwitchHasAddresses() : ApiErrors.DryRun();
        }

        var deleted = await region.VSwitch(vSwitchId).DeleteAsync(region.Owner);
        return deleted.Succeeded ? RpcResult.Ok() : RpcResult.Fail(deleted.Errors);
    }
}
