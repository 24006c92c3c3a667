using System.Diagnostics.CodeAnalysis;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.Ecs.Responses;
using SgGrid.Domain.Networks;
using SgGrid.Grains.Abstractions.Vpcs;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// DescribeVpcAttribute (VPC API): one VPC's attributes as <c>DescribeVpcAttributeResponseBody</c> names them, what
/// Terraform's <c>alicloud_vpc</c> reads on every refresh. Without <c>RegionId</c> the VPC's own region is used;
/// another tenant's VPC is <c>InvalidVpcId.NotFound</c> like a missing one.
/// </summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Named exactly as the VPC action.")]
public sealed class DescribeVpcAttribute : IRpcAction
{
    public string Name => nameof(DescribeVpcAttribute);

    public string Version => ApiVersions.Vpc;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var regions = VpcApiRegions.Read(context, reader);
        var vpcId = reader.Required("VpcId", TenantRegion.MaxIdLength);
        var isDefault = reader.Bool("IsDefault");
        var dryRun = reader.Bool("DryRun") ?? false;
        if (reader.Error is { } error)
        {
            return error;
        }

        if (await VpcApiRegions.FindVpcAsync(regions, vpcId) is not (_, { } vpc) || isDefault == true)
        {
            return NetworkErrors.VpcNotFound(vpcId);
        }

        return dryRun ? ApiErrors.DryRun() : RpcResult.Ok(Describe(vpc));
    }

    /// <summary>The answer for <paramref name="vpc"/> (also used by the ECS version of the VPC calls).</summary>
    public static Response Describe(VpcInfo vpc)
    {
        ArgumentNullException.ThrowIfNull(vpc);
        return new()
        {
            VpcId = vpc.VpcId,
            VpcName = vpc.Name,
            Description = vpc.Description,
            RegionId = vpc.Owner.RegionId,
            Status = "Available",
            CidrBlock = vpc.CidrBlock.ToString(),
            CreationTime = EcsTime.Format(vpc.CreationTime),
            VRouterId = VpcRouting.VRouterIdOf(vpc.VpcId),
            IsDefault = false,
            ClassicLinkEnabled = false,
            SupportIpv4Gateway = false,
            OwnerId = OwnerIds.Of(vpc.Owner.AccountId),
            ResourceGroupId = vpc.ResourceGroupId,
            EnabledIpv6 = vpc.Ipv6CidrBlock is not null,
            Ipv6CidrBlock = vpc.Ipv6CidrBlock?.ToString(),
            Ipv6CidrBlocks = new DescribeVpcs.Ipv6CidrBlockList(vpc.Ipv6CidrBlock is { } block ? [new DescribeVpcs.Ipv6CidrBlockEntry(block.ToString(), "BGP")] : []),
            DnsHostnameStatus = "DISABLED",
            VSwitchIds = new DescribeVpcs.VSwitchIdList(vpc.VSwitchIds),
            SecondaryCidrBlocks = new DescribeVpcs.SecondaryCidrBlockList([]),
            UserCidrs = new DescribeVpcs.UserCidrList([]),
            AssociatedCens = new AssociatedCenList([]),
            CloudResources = new CloudResourceList(
            [
                new CloudResource(vpc.VSwitchIds.Length, "VSwitch"),
                new CloudResource(vpc.SecurityGroupCount, "SecurityGroup"),
            ]),
            Tags = VpcTagSet.From(vpc.Tags),
        };
    }

    /// <summary>The SDK's <c>DescribeVpcAttributeResponseBody</c> (without RequestId, which the writer adds).</summary>
    public sealed record Response
    {
        public required string VpcId { get; init; }
        public required string VpcName { get; init; }
        public required string Description { get; init; }
        public required string RegionId { get; init; }
        public required string Status { get; init; }
        public required string CidrBlock { get; init; }
        public required string CreationTime { get; init; }
        public required string VRouterId { get; init; }
        public required bool IsDefault { get; init; }
        public required bool ClassicLinkEnabled { get; init; }
        public required bool SupportIpv4Gateway { get; init; }
        public long? OwnerId { get; init; }
        public required string ResourceGroupId { get; init; }
        public required bool EnabledIpv6 { get; init; }
        public string? Ipv6CidrBlock { get; init; }
        public required DescribeVpcs.Ipv6CidrBlockList Ipv6CidrBlocks { get; init; }
        public required string DnsHostnameStatus { get; init; }
        public required DescribeVpcs.VSwitchIdList VSwitchIds { get; init; }
        public required DescribeVpcs.SecondaryCidrBlockList SecondaryCidrBlocks { get; init; }
        public required DescribeVpcs.UserCidrList UserCidrs { get; init; }
        public required AssociatedCenList AssociatedCens { get; init; }
        public required CloudResourceList CloudResources { get; init; }
        public required VpcTagSet Tags { get; init; }
    }

    public sealed record AssociatedCenList(IReadOnlyList<AssociatedCen> AssociatedCen);

    public sealed record AssociatedCen(string CenId, long CenOwnerId, string CenStatus);

    public sealed record CloudResourceList(IReadOnlyList<CloudResource> CloudResourceSetType);

    public sealed record CloudResource(int ResourceCount, string ResourceType);
}
