using System.Diagnostics.CodeAnalysis;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Networks;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// ModifyVSwitchAttribute (VPC API): changes the vSwitch's <c>VSwitchName</c> (1-128) and <c>Description</c> (1-256).
/// Turning IPv6 on or off afterwards is refused with <c>UnsupportedFeature.EnableIpv6</c> (SgGrid's spelling); the same
/// value as now passes.
/// </summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Named exactly as the VPC action.")]
public sealed class ModifyVSwitchAttribute : IRpcAction
{
    public string Name => nameof(ModifyVSwitchAttribute);

    public string Version => ApiVersions.Vpc;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var regions = VpcApiRegions.Read(context, reader);
        var vSwitchId = reader.Required("VSwitchId", TenantRegion.MaxIdLength);
        var name = reader.Text("VSwitchName", 1, 128, noUrl: true);
        var description = reader.Text("Description", 1, 256, noUrl: true);
        var enableIpv6 = reader.Bool("EnableIPv6") ?? reader.Bool("EnableIpv6");
        reader.Optional("Ipv6CidrBlock", 16);
        reader.Optional("Ipv6CidrMask", 16);
        reader.Optional("VpcIpv6CidrBlock", 64);
        if (reader.Error is { } error)
        {
            return error;
        }

        if (await VpcApiRegions.FindVSwitchAsync(regions, vSwitchId) is not ({ } region, { } vSwitch))
        {
            return NetworkErrors.VSwitchNotFound(vSwitchId);
        }

        if (enableIpv6 is { } ipv6 && ipv6 != (vSwitch.Ipv6CidrBlock is not null))
        {
            return new EcsError("UnsupportedFeature.EnableIpv6",
                "The requested change is not supported by SgGrid: a vSwitch's IPv6 block is chosen when it is created (CreateVSwitch Ipv6CidrBlock).");
        }

        var modified = await region.VSwitch(vSwitchId).ModifyAttributeAsync(region.Owner, name, description);
        return modified.Succeeded ? RpcResult.Ok() : RpcResult.Fail(modified.Errors);
    }
}
