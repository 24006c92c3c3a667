using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.Ecs.Responses;
using SgGrid.Domain.Networks;
using SgGrid.Grains.Abstractions.VSwitches;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// DescribeVSwitchAttributes (VPC API): one vSwitch's attributes as <c>DescribeVSwitchAttributesResponseBody</c> names
/// them, what Terraform's <c>alicloud_vswitch</c> reads on every refresh. Without <c>RegionId</c> the vSwitch's own
/// region is used.
/// </summary>
public sealed class DescribeVSwitchAttributes : IRpcAction
{
    public string Name => nameof(DescribeVSwitchAttributes);

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

        if (await VpcApiRegions.FindVSwitchAsync(regions, vSwitchId) is not (_, { } vSwitch))
        {
            return NetworkErrors.VSwitchNotFound(vSwitchId);
        }

        return dryRun ? ApiErrors.DryRun() : RpcResult.Ok(Describe(vSwitch));
    }

    public static Response Describe(VSwitchInfo vSwitch)
    {
        ArgumentNullException.ThrowIfNull(vSwitch);
        return new()
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
            RouteTable = new DescribeVSwitches.RouteTableInfo(VpcRouting.RouteTableIdOf(vSwitch.VpcId), "System"),
            Tags = VpcTagSet.From(vSwitch.Tags),
        };
    }

    /// <summary>The SDK's <c>DescribeVSwitchAttributesResponseBody</c> (without RequestId).</summary>
    public sealed record Response
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
        public required DescribeVSwitches.RouteTableInfo RouteTable { get; init; }
        public required VpcTagSet Tags { get; init; }
    }
}
