using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Domain.Networks;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// DeleteVpc (VPC API): deletes an empty VPC; <c>DependencyViolation.VSwitch</c>, <c>.SecurityGroup</c> or <c>.Instance</c>
/// (HTTP 400) while it has vSwitches, security groups or ENIs. Without <c>RegionId</c> the VPC's own region is used.
/// </summary>
/// <remarks>
/// <c>ForceDelete</c> is accepted and changes nothing: the cloud force-deletes only a VPC whose remaining dependents are
/// IPv4/IPv6 gateways and their routes, which SgGrid does not emulate; vSwitches, groups and ENIs refuse the deletion
/// either way, so teardown code that passes here also passes against the cloud.
/// </remarks>
public sealed class DeleteVpc : IRpcAction
{
    public string Name => nameof(DeleteVpc);

    public string Version => ApiVersions.Vpc;

    public bool UsesClientToken => true;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var regions = VpcApiRegions.Read(context, reader);
        var vpcId = reader.Required("VpcId", TenantRegion.MaxIdLength);
        reader.Bool("ForceDelete");
        var dryRun = reader.Bool("DryRun") ?? false;
        if (reader.Error is { } error)
        {
            return error;
        }

        if (context.Scenario is not null)
        {
            return ApiErrors.NotInScenario(Name); // a scenario is a copy of one VPC
        }

        if (await VpcApiRegions.FindVpcAsync(regions, vpcId) is not ({ } region, { } vpc))
        {
            return NetworkErrors.VpcNotFound(vpcId);
        }

        // The dry run checks the business restrictions too (the SDK model: "required parameters, request format, and
        // business restrictions"), so it reports the first dependent the deletion would trip over.
        if (dryRun)
        {
            if (vpc.VSwitchIds.Length > 0)
            {
                return NetworkErrors.VpcHasVSwitches();
            }

            if (vpc.SecurityGroupCount > 0)
            {
                return NetworkErrors.VpcHasSecurityGroups();
            }

            return vpc.NetworkInterfaceCount > 0 ? NetworkErrors.VpcHasInstances() : ApiErrors.DryRun();
        }

        var deleted = await region.Vpc(vpcId).DeleteAsync(region.Owner);
        return deleted.Succeeded ? RpcResult.Ok() : RpcResult.Fail(deleted.Errors);
    }
}
