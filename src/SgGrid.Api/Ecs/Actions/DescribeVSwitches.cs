using System.Collections.Immutable;
using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.Ecs.Responses;
using SgGrid.Domain.Identifiers;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.VSwitches;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// DescribeVSwitches (VPC API): the tenant's vSwitches, id descending, in the region (<c>RegionId</c>) and/or the VPC
/// (<c>VpcId</c>; at least one of the two), filtered by <c>VSwitchId</c>, <c>VSwitchName</c>, <c>ZoneId</c>,
/// <c>RouteTableId</c>, <c>ResourceGroupId</c>, <c>Tag.N</c>, <c>EnableIpv6</c>, <c>IsDefault</c> and
/// <c>VSwitchOwnerId</c>, in pages (<c>PageNumber</c>, <c>PageSize</c> at most 50, default 10).
/// </summary>
/// <remarks>
/// Without <c>RegionId</c> the VPC's region is used (an unknown VPC lists nothing). SgGrid makes no default vSwitch, so
/// <c>IsDefault=true</c> matches none. Every vSwitch uses its VPC's system route table.
/// </remarks>
public sealed class DescribeVSwitches : IRpcAction
{
    public const int MaxPageSize = 50;

    public string Name => nameof(DescribeVSwitches);

    public string Version => ApiVersions.Vpc;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var regions = VpcApiRegions.Read(context, reader);
        var vpcId = reader.Optional("VpcId", TenantRegion.MaxIdLength);
        var vSwitchId = reader.Optional("VSwitchId", TenantRegion.MaxIdLength);
        var name = reader.Text("VSwitchName", 1, 128);
        var zoneId = reader.Optional("ZoneId", 64);
        var routeTableId = reader.Optional("RouteTableId", TenantRegion.MaxIdLength);
        var resourceGroupId = reader.Optional("ResourceGroupId", 64);
        var isDefault = reader.Bool("IsDefault");
        var enableIpv6 = reader.Bool("EnableIpv6");
        var ownerId = reader.AccountNumber("VSwitchOwnerId");
        var tags = TagParameters.Read(reader, forFilter: true);
        var pageNumber = reader.Number("PageNumber", 1) ?? 1;
        var pageSize = reader.Number("PageSize", 1, MaxPageSize) ?? ResourceQuery.DefaultPageSize;
        var dryRun = reader.Bool("DryRun") ?? false;
        if (!reader.HasError && vpcId is null && !reader.Has("RegionId"))
        {
            reader.Fail(new Domain.Errors.EcsError("MissingParameter", "At least one of RegionId and VpcId must be specified."));
        }

        if (reader.Error is { } error)
        {
            return error;
        }

        if (dryRun)
        {
            return ApiErrors.DryRun();
        }

        var empty = RpcResult.Ok(new Response(pageNumber, pageSize, 0, new VSwitchList([])));

        // The route table names its VPC (vtb-X belongs to vpc-X): another VPC's, or a malformed id, matches nothing.
        if (routeTableId is not null)
        {
            var routeVpc = RouteTableVpc(routeTableId);
            if (routeVpc is null || (vpcId is not null && vpcId != routeVpc))
            {
                return empty;
            }

            vpcId = routeVpc;
        }

        var region = regions[0];
        if (!reader.Has("RegionId") && vpcId is not null)
        {
            if (await VpcApiRegions.FindVpcAsync(regions, vpcId) is not ({ } found, _))
            {
                return empty;
            }

            region = found;
        }

        if (isDefault == true || (ownerId is { } owner && OwnerIds.Of(region.AccountId) != owner))
        {
            return empty;
        }

        var attributes = ImmutableDictionary<string, string>.Empty;
        if (enableIpv6 is { } ipv6)
        {
            attributes = attributes.Add(NetworkResourceAttributes.EnableIpv6, ipv6 ? "true" : "false");
        }

        var page = await region.Directory.ListAsync(new ResourceQuery
        {
            Kind = ResourceKind.VSwitch,
            Ids = vSwitchId is null ? [] : [vSwitchId],
            VpcId = vpcId,
            ZoneId = zoneId,
            Name = name,
            ResourceGroupId = resourceGroupId,
            Tags = tags,
            Attributes = attributes,
            PageNumber = pageNumber,
            PageSize = pageSize,
        });

        // A vSwitch deleted between the listing and this read is left out.
        var infos = await Task.WhenAll(page.Items.Select(item => region.FindVSwitchAsync(item.Id)));
        var vSwitches = infos.OfType<VSwitchInfo>().Select(Describe).ToArray();
        return RpcResult.Ok(new Response(page.PageNumber, page.PageSize, page.TotalCount, new VSwitchList(vSwitches)));
    }

    private static string? RouteTableVpc(string routeTableId) =>
        ResourceIds.HasShape(routeTableId, "vtb-") ? ResourceIds.VpcPrefix + routeTableId["vtb-".Length..] : null;

    private static VSwitch Describe(VSwitchInfo vSwitch) => new()
    {
        VSwitchId = vSwitch.VSwitchId,
        VSwitchName = vSwitch.Name,
        Description = vSwitch.Description,
        VpcId = vSwitch.VpcId,
        ZoneId = vSwitch.ZoneId,
        CidrBlock = vSwitch.CidrBlock.ToString(),
        Status = "Available",
        AvailableIpAddressCount = vSwitch.AvailableIpAddressCount,
        IsDefault = false,
        CreationTime = EcsTime.Format(vSwitch.CreationTime),
        OwnerId = OwnerIds.Of(vSwitch.Owner.AccountId),
        ResourceGroupId = vSwitch.ResourceGroupId,
        EnabledIpv6 = vSwitch.Ipv6CidrBlock is not null,
        Ipv6CidrBlock = vSwitch.Ipv6CidrBlock?.ToString(),
        RouteTable = new RouteTableInfo(VpcRouting.RouteTableIdOf(vSwitch.VpcId), "System"),
        Tags = VpcTagSet.From(vSwitch.Tags),
    };

    public sealed record Response(int PageNumber, int PageSize, int TotalCount, VSwitchList VSwitches);

    public sealed record VSwitchList(IReadOnlyList<VSwitch> VSwitch);

    /// <summary>One vSwitch as the SDK model names its fields (<c>DescribeVSwitchesResponseBodyVSwitchesVSwitch</c>).</summary>
    public sealed record VSwitch
    {
        public required string VSwitchId { get; init; }
        public required string VSwitchName { get; init; }
        public required string Description { get; init; }
        public required string VpcId { get; init; }
        public required string ZoneId { get; init; }
        public required string CidrBlock { get; init; }
        public required string Status { get; init; }
        public required long AvailableIpAddressCount { get; init; }
        public required bool IsDefault { get; init; }
        public required string CreationTime { get; init; }
        public long? OwnerId { get; init; }
        public required string ResourceGroupId { get; init; }
        public required bool EnabledIpv6 { get; init; }
        public string? Ipv6CidrBlock { get; init; }
        public required RouteTableInfo RouteTable { get; init; }
        public required VpcTagSet Tags { get; init; }
    }

    public sealed record RouteTableInfo(string RouteTableId, string RouteTableType);
}
