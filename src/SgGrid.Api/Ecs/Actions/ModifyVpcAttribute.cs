using System.Diagnostics.CodeAnalysis;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Networks;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// ModifyVpcAttribute (VPC API): changes the VPC's <c>VpcName</c> (1-128) and <c>Description</c> (1-256). A change SgGrid
/// does not emulate — another <c>CidrBlock</c>, turning IPv6 on or off, DNS hostnames — is refused whole with
/// <c>UnsupportedFeature.*</c> (SgGrid's spelling, docs/semantics.md) rather than ignored; the same values as now pass.
/// </summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Named exactly as the VPC action.")]
public sealed class ModifyVpcAttribute : IRpcAction
{
    public string Name => nameof(ModifyVpcAttribute);

    public string Version => ApiVersions.Vpc;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var regions = VpcApiRegions.Read(context, reader);
        var vpcId = reader.Required("VpcId", TenantRegion.MaxIdLength);
        var name = reader.Text("VpcName", 1, 128, noUrl: true);
        var description = reader.Text("Description", 1, 256, noUrl: true);
        var cidrBlock = reader.Optional("CidrBlock", 64);
        var enableIpv6 = reader.Bool("EnableIPv6") ?? reader.Bool("EnableIpv6");
        var ipv6Isp = reader.Optional("Ipv6Isp", 32);
        reader.Optional("Ipv6CidrBlock", 64);
        var enableDnsHostname = reader.Bool("EnableDnsHostname");
        if (reader.Error is { } error)
        {
            return error;
        }

        if (await VpcApiRegions.FindVpcAsync(regions, vpcId) is not ({ } region, { } vpc))
        {
            return NetworkErrors.VpcNotFound(vpcId);
        }

        if (cidrBlock is not null && cidrBlock != vpc.CidrBlock.ToString())
        {
            return Unsupported("ModifyCidrBlock", "changing a VPC's CidrBlock is not emulated");
        }

        if (enableIpv6 is { } ipv6 && ipv6 != (vpc.Ipv6CidrBlock is not null))
        {
            return Unsupported("EnableIpv6", "IPv6 is chosen when the VPC is created (CreateVpc EnableIpv6)");
        }

        if (ipv6Isp is not null && !ipv6Isp.Equals("BGP", StringComparison.OrdinalIgnoreCase))
        {
            return new EcsError(EcsErrorCodes.Ipv6IspNotSupported, $"The Ipv6Isp feature is not supported: only BGP, not \"{ipv6Isp}\".");
        }

        if (enableDnsHostname == true)
        {
            return Unsupported("DnsHostname", "DNS hostnames are not emulated");
        }

        var modified = await region.Vpc(vpcId).ModifyAttributeAsync(region.Owner, name, description);
        return modified.Succeeded ? RpcResult.Ok() : RpcResult.Fail(modified.Errors);
    }

    private static EcsError Unsupported(string feature, string reason) =>
        new($"UnsupportedFeature.{feature}", $"The requested change is not supported by SgGrid: {reason}.");
}
