using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Identifiers;
using SgGrid.Domain.Networks;
using SgGrid.Grains.Abstractions.VSwitches;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// CreateVSwitch (VPC API): a vSwitch in a zone of the region, its IPv4 block (/16 to /29) inside the VPC's and overlapping
/// no other. <c>Ipv6CidrBlock</c> (0-255) gives it the /64 at that index of the VPC's IPv6 /56. Without <c>RegionId</c> the
/// VPC's own region is used.
/// </summary>
public sealed class CreateVSwitch : IRpcAction
{
    public string Name => nameof(CreateVSwitch);

    public string Version => ApiVersions.Vpc;

    public bool UsesClientToken => true;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var regions = VpcApiRegions.Read(context, reader);
        var vpcId = reader.Required("VpcId", 64);
        var zoneId = reader.Required("ZoneId", 64);
        var cidrText = reader.Required("CidrBlock", 64);
        var name = reader.Text("VSwitchName", 1, 128, noUrl: true);
        var description = reader.Text("Description", 1, 256, noUrl: true);
        var ipv6Index = reader.Number("Ipv6CidrBlock", 0, Ipv6Blocks.MaxVSwitchIndex);
        reader.Number("Ipv6CidrMask", Ipv6Blocks.VSwitchPrefixLength, Ipv6Blocks.VSwitchPrefixLength);
        var vpcIpv6Text = reader.Optional("VpcIpv6CidrBlock", 64);
        var tags = TagParameters.Read(reader);
        if (reader.Error is { } error)
        {
            return error;
        }

        if (!IpCidr.TryParse(cidrText, out var cidr))
        {
            return new EcsError(EcsErrorCodes.InvalidCidrBlock, $"The specified CidrBlock \"{cidrText}\" is not valid.");
        }

        if (await VpcApiRegions.FindVpcAsync(regions, vpcId) is not ({ } region, { } vpc))
        {
            return NetworkErrors.VpcNotFound(vpcId);
        }

        if (!context.Regions.HasZone(region.RegionId, zoneId))
        {
            return ApiErrors.ZoneNotFound(zoneId);
        }

        // The VPC has one IPv6 block at most, so VpcIpv6CidrBlock may only name that one.
        if (vpcIpv6Text is not null && (!IpCidr.TryParse(vpcIpv6Text, out var vpcIpv6) || vpc.Ipv6CidrBlock != vpcIpv6))
        {
            return new EcsError(EcsErrorCodes.Ipv6CidrBlockIllegal, $"The VpcIpv6CidrBlock \"{vpcIpv6Text}\" is not an IPv6 CIDR block of the VPC \"{vpcId}\".");
        }

        var vSwitchId = ResourceIds.NewVSwitchId(Random.Shared);
        var created = await region.VSwitch(vSwitchId).CreateAsync(new VSwitchSpec
        {
            Owner = region.Owner,
            VpcId = vpcId,
            ZoneId = zoneId,
            CidrBlock = cidr,
            Name = name ?? "",
            Description = description ?? "",
            Tags = tags,
            Ipv6CidrBlockIndex = ipv6Index,
        });
        return created.Succeeded ? RpcResult.Ok(new Response(vSwitchId)) : RpcResult.Fail(created.Errors);
    }

    public sealed record Response(string VSwitchId);
}
