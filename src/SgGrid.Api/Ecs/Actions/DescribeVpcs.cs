using System.Collections.Immutable;
using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.Ecs.Responses;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.Vpcs;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// DescribeVpcs (VPC API): the tenant's VPCs in the region, id descending, filtered by <c>VpcId</c> (comma-separated, at
/// most 20), <c>VpcName</c>, <c>ResourceGroupId</c>, <c>Tag.N</c>, <c>EnableIpv6</c>, <c>IsDefault</c> and
/// <c>VpcOwnerId</c>, in pages (<c>PageNumber</c>, <c>PageSize</c> at most 50, default 10).
/// </summary>
/// <remarks>SgGrid makes no default VPC, so <c>IsDefault=true</c> matches none; unknown ids are simply absent.</remarks>
public sealed class DescribeVpcs : IRpcAction
{
    public const int MaxVpcIds = 20;
    public const int MaxPageSize = 50;

    public string Name => nameof(DescribeVpcs);

    public string Version => ApiVersions.Vpc;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var vpcIds = reader.Optional("VpcId", 2048);
        var name = reader.Text("VpcName", 1, 128);
        var resourceGroupId = reader.Optional("ResourceGroupId", 64);
        var isDefault = reader.Bool("IsDefault");
        var enableIpv6 = reader.Bool("EnableIpv6");
        var ownerId = reader.AccountNumber("VpcOwnerId");
        reader.Optional("DhcpOptionsSetId", 64);
        var tags = TagParameters.Read(reader, forFilter: true);
        var pageNumber = reader.Number("PageNumber", 1) ?? 1;
        var pageSize = reader.Number("PageSize", 1, MaxPageSize) ?? ResourceQuery.DefaultPageSize;
        var dryRun = reader.Bool("DryRun") ?? false;
        var ids = Split(vpcIds);
        if (ids.Length > MaxVpcIds)
        {
            reader.Fail(ApiErrors.Malformed("VpcId", $"At most {MaxVpcIds} VPC ids are allowed."));
        }

        if (reader.Error is { } error)
        {
            return error;
        }

        if (dryRun)
        {
            return ApiErrors.DryRun();
        }

        if (isDefault == true || (ownerId is { } owner && OwnerIds.Of(region!.AccountId) != owner))
        {
            return RpcResult.Ok(new Response(pageNumber, pageSize, 0, new VpcList([])));
        }

        var attributes = ImmutableDictionary<string, string>.Empty;
        if (enableIpv6 is { } ipv6)
        {
            attributes = attributes.Add(NetworkResourceAttributes.EnableIpv6, ipv6 ? "true" : "false");
        }

        var page = await region!.Directory.ListAsync(new ResourceQuery
        {
            Kind = ResourceKind.Vpc,
            Ids = ids,
            Name = name,
            ResourceGroupId = resourceGroupId,
            Tags = tags,
            Attributes = attributes,
            PageNumber = pageNumber,
            PageSize = pageSize,
        });

        // A VPC deleted between the listing and this read is left out.
        var infos = await Task.WhenAll(page.Items.Select(item => region.FindVpcAsync(item.Id)));
        var vpcs = infos.OfType<VpcInfo>().Select(vpc => Describe(vpc)).ToArray();
        return RpcResult.Ok(new Response(page.PageNumber, page.PageSize, page.TotalCount, new VpcList(vpcs)));
    }

    private static ImmutableArray<string> Split(string? text) =>
        text is null ? [] : [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];

    private static Vpc Describe(VpcInfo vpc) => new()
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
        OwnerId = OwnerIds.Of(vpc.Owner.AccountId),
        ResourceGroupId = vpc.ResourceGroupId,
        EnabledIpv6 = vpc.Ipv6CidrBlock is not null,
        Ipv6CidrBlock = vpc.Ipv6CidrBlock?.ToString(),
        Ipv6CidrBlocks = new Ipv6CidrBlockList(vpc.Ipv6CidrBlock is { } block ? [new Ipv6CidrBlockEntry(block.ToString(), "BGP")] : []),
        DnsHostnameStatus = "DISABLED",
        VSwitchIds = new VSwitchIdList(vpc.VSwitchIds),
        RouterTableIds = new RouterTableIdList([VpcRouting.RouteTableIdOf(vpc.VpcId)]),
        NatGatewayIds = new NatGatewayIdList([]),
        SecondaryCidrBlocks = new SecondaryCidrBlockList([]),
        UserCidrs = new UserCidrList([]),
        Tags = VpcTagSet.From(vpc.Tags),
    };

    public sealed record Response(int PageNumber, int PageSize, int TotalCount, VpcList Vpcs);

    public sealed record VpcList(IReadOnlyList<Vpc> Vpc);

    /// <summary>One VPC as the SDK model names its fields (<c>DescribeVpcsResponseBodyVpcsVpc</c>).</summary>
    public sealed record Vpc
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
        public long? OwnerId { get; init; }
        public required string ResourceGroupId { get; init; }
        public required bool EnabledIpv6 { get; init; }
        public string? Ipv6CidrBlock { get; init; }
        public required Ipv6CidrBlockList Ipv6CidrBlocks { get; init; }
        public required string DnsHostnameStatus { get; init; }
        public required VSwitchIdList VSwitchIds { get; init; }
        public required RouterTableIdList RouterTableIds { get; init; }
        public required NatGatewayIdList NatGatewayIds { get; init; }
        public required SecondaryCidrBlockList SecondaryCidrBlocks { get; init; }
        public required UserCidrList UserCidrs { get; init; }
        public required VpcTagSet Tags { get; init; }
    }

    public sealed record VSwitchIdList(IReadOnlyList<string> VSwitchId);

    /// <summary>The model repeats the wrapper's name inside: <c>{"RouterTableIds":{"RouterTableIds":[...]}}</c>.</summary>
    public sealed record RouterTableIdList(IReadOnlyList<string> RouterTableIds);

    public sealed record NatGatewayIdList(IReadOnlyList<string> NatGatewayIds);

    public sealed record SecondaryCidrBlockList(IReadOnlyList<string> SecondaryCidrBlock);

    public sealed record UserCidrList(IReadOnlyList<string> UserCidr);

    public sealed record Ipv6CidrBlockList(IReadOnlyList<Ipv6CidrBlockEntry> Ipv6CidrBlock);

    public sealed record Ipv6CidrBlockEntry(string Ipv6CidrBlock, string Ipv6Isp);
}
