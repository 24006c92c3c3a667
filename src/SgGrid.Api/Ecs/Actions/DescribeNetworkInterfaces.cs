using System.Collections.Immutable;
using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.Ecs.Responses;
using SgGrid.Domain.Addresses;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.NetworkInterfaces;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// DescribeNetworkInterfaces: the tenant's ENIs in the region (primary and secondary), sorted by id descending, filtered
/// through the tenant directory, in token style (<c>MaxResults</c> 10-500 / <c>NextToken</c>; no TotalCount) or page style
/// (<c>PageNumber</c> / <c>PageSize</c> 1-1000, default 10).
/// </summary>
/// <remarks>
/// As ECS documents it, <c>SecurityGroupId</c> selects secondary ENIs only (an instance's primary ENI is found with
/// DescribeInstances). <c>PrivateIpAddress.N</c> matches any private IPv4 address of an ENI, its primary one included.
/// SgGrid's ENIs are never service-managed, so <c>ServiceManaged=true</c> matches none.
/// </remarks>
public sealed class DescribeNetworkInterfaces : IRpcAction
{
    public const int MaxIds = 100;

    private static readonly string[] Statuses = ["Available", "Attaching", "InUse", "Detaching", "Deleting"];
    private static readonly string[] Types = ["Primary", "Secondary"];

    public string Name => nameof(DescribeNetworkInterfaces);

    public string Version => ApiVersions.Ecs;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var ids = reader.List("NetworkInterfaceId", MaxIds, TenantRegion.MaxIdLength);
        var instanceId = reader.Optional("InstanceId", TenantRegion.MaxIdLength);
        var vpcId = reader.Optional("VpcId", TenantRegion.MaxIdLength);
        var vSwitchId = reader.Optional("VSwitchId", TenantRegion.MaxIdLength);
        var groupId = reader.Optional("SecurityGroupId", TenantRegion.MaxIdLength);
        var name = reader.Optional("NetworkInterfaceName", 128);
        var type = ChoiceParameters.Read(reader, "Type", Types);
        var status = ChoiceParameters.Read(reader, "Status", Statuses);
        var primary = AddressParameters.ReadIpv4(reader, "PrimaryIpAddress");
        var privateAddresses = AddressParameters.ReadList(reader, "PrivateIpAddress", IpFamily.IPv4, MaxIds);
        var ipv6Addresses = AddressParameters.ReadList(reader, "Ipv6Address", IpFamily.IPv6, MaxIds);
        var resourceGroupId = reader.Optional("ResourceGroupId", 64);
        var serviceManaged = reader.Bool("ServiceManaged");
        var tags = TagParameters.Read(reader, forFilter: true);
        var paging = PagingParameters.Read(reader, minResults: 10, maxResults: 500, defaultResults: 10, maxPageSize: ResourceQuery.MaxPageSize);
        if (reader.Error is { } error)
        {
            return error;
        }

        var attributes = ImmutableDictionary<string, string>.Empty;
        if (type is not null)
        {
            attributes = attributes.Add("Type", type);
        }

        if (groupId is not null)
        {
            attributes = attributes.SetItem("Type", type ?? nameof(NetworkInterfaceType.Secondary));
        }

        if (status is not null)
        {
            attributes = attributes.Add("Status", status);
        }

        if (primary is { } address)
        {
            attributes = attributes.Add("PrimaryIpAddress", address.ToString());
        }

        var anyOf = ImmutableDictionary<string, ImmutableArray<string>>.Empty;
        if (groupId is not null)
        {
            anyOf = anyOf.Add("SecurityGroupId", [groupId]);
        }

        if (!privateAddresses.IsEmpty)
        {
            anyOf = anyOf.Add("PrivateIpAddress", [.. privateAddresses.Select(a => a.ToString())]);
        }

        if (!ipv6Addresses.IsEmpty)
        {
            anyOf = anyOf.Add("Ipv6Address", [.. ipv6Addresses.Select(a => a.ToString())]);
        }

        var query = paging.ApplyTo(new ResourceQuery
        {
            Kind = ResourceKind.NetworkInterface,
            Ids = ids,
            InstanceId = instanceId,
            VpcId = vpcId,
            VSwitchId = vSwitchId,
            Name = name,
            ResourceGroupId = resourceGroupId,
            Tags = tags,
            Attributes = attributes,
            AnyOf = anyOf,
        });
        var page = serviceManaged == true
            ? new ResourcePage { PageNumber = query.PageNumber ?? 0, PageSize = query.PageSize ?? query.MaxResults ?? 0 }
            : await region!.Directory.ListAsync(query);

        // The directory pages and filters; each ENI's own grain answers its attributes (one that was deleted meanwhile is skipped).
        var infos = await Task.WhenAll(page.Items.Select(item => region!.FindNetworkInterfaceAsync(item.Id)));
        var sets = new NetworkInterfaceSetList([.. infos.OfType<NetworkInterfaceInfo>().Select(NetworkInterfaceSet.From)]);
        return paging.UsesTokens
            ? RpcResult.Ok(new TokenResponse(sets, page.NextToken ?? ""))
            : RpcResult.Ok(new PageResponse(sets, page.TotalCount, page.PageNumber, page.PageSize));
    }

    public sealed record PageResponse(NetworkInterfaceSetList NetworkInterfaceSets, int TotalCount, int PageNumber, int PageSize);

    public sealed record TokenResponse(NetworkInterfaceSetList NetworkInterfaceSets, string NextToken);

    public sealed record NetworkInterfaceSetList(IReadOnlyList<NetworkInterfaceSet> NetworkInterfaceSet);

    /// <summary>Where a secondary ENI is attached (ECS also gives device and card indexes, which SgGrid does not model).</summary>
    public sealed record AttachmentInfo(string InstanceId);

    public sealed record NetworkInterfaceSet(
        string NetworkInterfaceId,
        string NetworkInterfaceName,
        string Description,
        string Status,
        string Type,
        string? InstanceId,
        string VpcId,
        string VSwitchId,
        string ZoneId,
        string PrivateIpAddress,
        string MacAddress,
        string CreationTime,
        bool DeleteOnRelease,
        string OwnerId,
        string ResourceGroupId,
        bool ServiceManaged,
        SecurityGroupIdSet SecurityGroupIds,
        PrivateIpSetList PrivateIpSets,
        Ipv6SetList Ipv6Sets,
        AttachmentInfo? Attachment,
        EcsTagSet Tags)
    {
        public static NetworkInterfaceSet From(NetworkInterfaceInfo info) => new(
            info.NetworkInterfaceId,
            info.Name,
            info.Description,
            info.Status,
            info.Type.ToString(),
            info.InstanceId,
            info.VpcId,
            info.VSwitchId,
            info.ZoneId,
            info.PrimaryIpAddress.ToString(),
            info.MacAddress,
            EcsTime.Format(info.CreationTime),
            info.DeleteOnRelease,
            info.Owner.AccountId,
            info.ResourceGroupId,
            false,
            new SecurityGroupIdSet(info.SecurityGroupIds),
            PrivateIpSetList.From(info),
            Ipv6SetList.From(info),
            info.Type == NetworkInterfaceType.Secondary && info.InstanceId is { } instance ? new AttachmentInfo(instance) : null,
            EcsTagSet.From(info.Tags));
    }
}
