using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Identifiers;
using SgGrid.Grains.Abstractions.Vpcs;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// CreateVpc (VPC API): a VPC with an IPv4 block (default 172.16.0.0/12); its vRouter and route table ids follow from its
/// id. <c>EnableIpv6=true</c> gives it an IPv6 /56 from 2408:4000::/20, unique in the emulator; a chosen
/// <c>Ipv6CidrBlock</c> is refused (SgGrid has no AllocateVpcIpv6Cidr to reserve one), and only the BGP ISP exists.
/// </summary>
public sealed class CreateVpc : IRpcAction
{
    public const string DefaultCidrBlock = "172.16.0.0/12";

    public string Name => nameof(CreateVpc);

    public string Version => ApiVersions.Vpc;

    public bool UsesClientToken => true;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var cidrText = reader.Optional("CidrBlock", 64) ?? DefaultCidrBlock;
        var name = reader.Text("VpcName", 1, 128, noUrl: true);
        var description = reader.Text("Description", 1, 256, noUrl: true);
        var resourceGroupId = reader.Optional("ResourceGroupId", 64);
        var tags = TagParameters.Read(reader);
        var dryRun = reader.Bool("DryRun") ?? false;
        var enableIpv6 = reader.Bool("EnableIpv6") ?? false;
        var ipv6Block = reader.Optional("Ipv6CidrBlock", 64);
        var ipv6Isp = reader.Optional("Ipv6Isp", 32);
        if (reader.Error is { } error)
        {
            return error;
        }

        if (context.Scenario is not null)
        {
            return ApiErrors.NotInScenario(Name); // a scenario is a copy of one VPC
        }

        if (!IpCidr.TryParse(cidrText, out var cidr))
        {
            return new EcsError(EcsErrorCodes.InvalidCidrBlock, $"The specified CidrBlock \"{cidrText}\" is not valid.");
        }

        if (ipv6Block is not null)
        {
            return new EcsError(EcsErrorCodes.Ipv6CidrNotReserved,
                $"The IPv6 CIDR block \"{ipv6Block}\" is not reserved: leave Ipv6CidrBlock out and set EnableIpv6=true to get one.");
        }

        if (ipv6Isp is not null && !ipv6Isp.Equals("BGP", StringComparison.OrdinalIgnoreCase))
        {
            return new EcsError(EcsErrorCodes.Ipv6IspNotSupported, $"The Ipv6Isp feature is not supported: only BGP, not \"{ipv6Isp}\".");
        }

        if (dryRun)
        {
            return ApiErrors.DryRun();
        }

        var vpcId = ResourceIds.NewVpcId(Random.Shared);
        var created = await region!.Vpc(vpcId).CreateAsync(new VpcSpec
        {
            Owner = region.Owner,
            CidrBlock = cidr,
            Name = name ?? "",
            Description = description ?? "",
            ResourceGroupId = resourceGroupId ?? "",
            Tags = tags,
            EnableIpv6 = enableIpv6,
        });
        if (!created.Succeeded)
        {
            return RpcResult.Fail(created.Errors);
        }

        return RpcResult.Ok(new Response(vpcId, VpcRouting.VRouterIdOf(vpcId), VpcRouting.RouteTableIdOf(vpcId), created.Value!.ResourceGroupId));
    }

    public sealed record Response(string VpcId, string VRouterId, string RouteTableId, string ResourceGroupId);
}
