using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Identifiers;
using SgGrid.Domain.Networks;
using SgGrid.Grains.Abstractions.VSwitches;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>CreateVSwitch (VPC API): a vSwitch in a zone of the region, its IPv4 block (/16 to /29) inside the VPC's and overlapping no other.</summary>
public sealed class CreateVSwitch : IRpcAction
{
    public string Name => nameof(CreateVSwitch);

    public string Version => ApiVersions.Vpc;

    public bool UsesClientToken => true;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader, required: false);
        var vpcId = reader.Required("VpcId", 64);
        var zoneId = reader.Required("ZoneId", 64);
        var cidrText = reader.Required("CidrBlock", 64);
        var name = reader.Text("VSwitchName", 1, 128, noUrl: true);
        var description = reader.Text("Description", 1, 256, noUrl: true);
        var tags = TagParameters.Read(reader);
        if (reader.Error is { } error)
        {
            return error;
        }

        if (!IpCidr.TryParse(cidrText, out var cidr))
        {
            return new EcsError(EcsErrorCodes.InvalidCidrBlock, $"The specified CidrBlock \"{cidrText}\" is not valid.");
        }

        if (!context.Regions.HasZone(region!.RegionId, zoneId))
        {
            return ApiErrors.ZoneNotFound(zoneId);
        }

        if (await region.FindVpcAsync(vpcId) is null)
        {
            return NetworkErrors.VpcNotFound(vpcId);
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
        });
        return created.Succeeded ? RpcResult.Ok(new Response(vSwitchId)) : RpcResult.Fail(created.Errors);
    }

    public sealed record Response(string VSwitchId);
}
