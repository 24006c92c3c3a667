using System.Collections.Immutable;
using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.Ecs.Responses;
using SgGrid.Domain.Addresses;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.Instances;
using SgGrid.Grains.Abstractions.NetworkInterfaces;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// DescribeInstances: the tenant's instances in the region, sorted by id descending, filtered through the tenant directory,
/// in token style (<c>MaxResults</c> 10-100 / <c>NextToken</c>; no TotalCount) or page style (<c>PageNumber</c> /
/// <c>PageSize</c> 1-100, default 10).
/// </summary>
/// <remarks>
/// <para>
/// <c>SecurityGroupId</c>, <c>PrivateIpAddresses</c> and <c>Ipv6Address.N</c> concern an instance's primary ENI, so they are
/// answered by the ENI listing first (the primary ENIs that match name their instances). SgGrid instances are VPC
/// instances, always Running, pay-as-you-go, with no public, EIP or classic inner addresses, key pairs or locks: filters on
/// those match none unless they name what every instance is.
/// </para>
/// <para>
/// SgGrid does not model compute, so <c>Cpu</c>, <c>Memory</c>, OS fields and disks are omitted; <c>InstanceTypeFamily</c> is
/// derived from the type's name.
/// </para>
/// </remarks>
public sealed class DescribeInstances : IRpcAction
{
    public const int MaxIds = 100;

    private static readonly string[] Statuses = ["Pending", "Running", "Starting", "Stopping", "Stopped"];
    private static readonly string[] NetworkTypes = ["classic", "vpc"];

    /// <summary>Address filters no SgGrid instance can match: it has no public, classic inner, EIP or RDMA addresses.</summary>
    private static readonly string[] AbsentAddressFilters = ["PublicIpAddresses", "InnerIpAddresses", "EipAddresses", "RdmaIpAddresses"];

    /// <summary>Attribute filters no SgGrid instance can match: it has no key pair, lock or HPC cluster.</summary>
    private static readonly string[] AbsentFilters = ["KeyPairName", "LockReason", "HpcClusterId"];

    public string Name => nameof(DescribeInstances);

    public string Version => ApiVersions.Ecs;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var ids = reader.List("InstanceIds", MaxIds, TenantRegion.MaxIdLength);
        var vpcId = reader.Optional("VpcId", TenantRegion.MaxIdLength);
        var vSwitchId = reader.Optional("VSwitchId", TenantRegion.MaxIdLength);
        var zoneId = reader.Optional("ZoneId", 64);
        var groupId = reader.Optional("SecurityGroupId", TenantRegion.MaxIdLength);
        var status = ChoiceParameters.Read(reader, "Status", Statuses);
        var name = reader.Optional("InstanceName", 128);
        var privateAddresses = AddressParameters.ReadList(reader, "PrivateIpAddresses", IpFamily.IPv4, MaxIds);
        var ipv6Addresses = AddressParameters.ReadList(reader, "Ipv6Address", IpFamily.IPv6, MaxIds);
        var instanceType = reader.Optional("InstanceType", 64);
        var family = reader.Optional("InstanceTypeFamily", 64);
        var imageId = reader.Optional("ImageId", 256);
        var networkType = ChoiceParameters.Read(reader, "InstanceNetworkType", NetworkTypes);
        var chargeType = reader.Optional("InstanceChargeType", 32);
        var resourceGroupId = reader.Optional("ResourceGroupId", 64);
        var tags = TagParameters.Read(reader, forFilter: true);
        var dryRun = reader.Bool("DryRun") ?? false;
        var absent = AbsentAddressFilters.Select(p => reader.List(p, MaxIds, 64)).Count(list => !list.IsEmpty)
            + AbsentFilters.Count(p => reader.Optional(p, 256) is not null) > 0;
        var paging = PagingParameters.Read(reader, minResults: 10, maxResults: 100, defaultResults: 10, maxPageSize: 100);
        if (reader.Error is { } error)
        {
            return error;
        }

        if (dryRun)
        {
            return ApiErrors.DryRun();
        }

        var attributes = ImmutableDictionary<string, string>.Empty;
        foreach (var (field, value) in new[] { ("Status", status), ("InstanceType", instanceType), ("InstanceTypeFamily", family), ("ImageId", imageId), ("InstanceNetworkType", networkType) })
        {
            if (value is not null)
            {
                attributes = attributes.Add(field, value);
            }
        }

        var query = paging.ApplyTo(new ResourceQuery
        {
            Kind = ResourceKind.Instance,
            Ids = ids,
            VpcId = vpcId,
            VSwitchId = vSwitchId,
            ZoneId = zoneId,
            Name = name,
            ResourceGroupId = resourceGroupId,
            Tags = tags,
            Attributes = attributes,
        });

        var none = absent || (chargeType is not null && !chargeType.Equals("PostPaid", StringComparison.OrdinalIgnoreCase));
        if (!none && (groupId is not null || !privateAddresses.IsEmpty || !ipv6Addresses.IsEmpty))
        {
            var owners = await InstancesOfPrimaryNetworkInterfacesAsync(region!, groupId, privateAddresses, ipv6Addresses);
            var restricted = ids.IsEmpty ? owners : [.. ids.Where(owners.Contains)];
            none = restricted.IsEmpty;
            query = query with { Ids = restricted };
        }

        var page = none
            ? new ResourcePage { PageNumber = query.PageNumber ?? 0, PageSize = query.PageSize ?? query.MaxResults ?? 0 }
            : await region!.Directory.ListAsync(query);
        var instances = await Task.WhenAll(page.Items.Select(item => DescribeAsync(region!, item.Id)));
        var list = new InstanceList([.. instances.OfType<Instance>()]);
        return paging.UsesTokens
            ? RpcResult.Ok(new TokenResponse(list, page.NextToken ?? ""))
            : RpcResult.Ok(new PageResponse(list, page.TotalCount, page.PageNumber, page.PageSize));
    }

    /// <summary>The instances whose primary ENI matches the ENI-level filters, from the ENI listing (every page of it).</summary>
    private static async Task<ImmutableArray<string>> InstancesOfPrimaryNetworkInterfacesAsync(
        TenantRegion region, string? groupId, ImmutableArray<NetworkAddress> privateAddresses, ImmutableArray<NetworkAddress> ipv6Addresses)
    {
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

        var query = new ResourceQuery
        {
            Kind = ResourceKind.NetworkInterface,
            Attributes = ImmutableDictionary<string, string>.Empty.Add("Type", nameof(NetworkInterfaceType.Primary)),
            AnyOf = anyOf,
            MaxResults = ResourceQuery.MaxPageSize,
        };
        var owners = ImmutableArray.CreateBuilder<string>();
        string? token = null;
        do
        {
            var page = await region.Directory.ListAsync(query with { NextToken = token });
            owners.AddRange(page.Items.Select(s => s.InstanceId).OfType<string>());
            token = page.NextToken;
        }
        while (token is not null);

        return [.. owners.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>One instance with its ENIs, or null when it was deleted meanwhile.</summary>
    private static async Task<Instance?> DescribeAsync(TenantRegion region, string instanceId)
    {
        var info = await region.FindInstanceAsync(instanceId);
        if (info is null)
        {
            return null;
        }

        var enis = await Task.WhenAll(new[] { info.PrimaryNetworkInterfaceId }.Concat(info.SecondaryNetworkInterfaceIds)
            .Select(id => region.NetworkInterface(id).GetInfoAsync()));
        return Instance.From(info, [.. enis.OfType<NetworkInterfaceInfo>()]);
    }

    public sealed record PageResponse(InstanceList Instances, int TotalCount, int PageNumber, int PageSize);

    public sealed record TokenResponse(InstanceList Instances, string NextToken);

    public sealed record InstanceList(IReadOnlyList<Instance> Instance);

    public sealed record VpcAttributesInfo(string VpcId, string VSwitchId, IpAddressList PrivateIpAddress);

    public sealed record NetworkInterfaceList(IReadOnlyList<InstanceNetworkInterface> NetworkInterface);

    public sealed record InstanceNetworkInterface(
        string NetworkInterfaceId,
        string Type,
        string MacAddress,
        string PrimaryIpAddress,
        PrivateIpSetList PrivateIpSets,
        Ipv6SetList Ipv6Sets);

    public sealed record OperationLockList(IReadOnlyList<OperationLock> LockReason);

    public sealed record OperationLock(string LockReason, string LockMsg);

    public sealed record Instance(
        string InstanceId,
        string InstanceName,
        string HostName,
        string Description,
        string RegionId,
        string ZoneId,
        string Status,
        string InstanceType,
        string InstanceTypeFamily,
        string ImageId,
        string CreationTime,
        string StartTime,
        string InstanceNetworkType,
        string InstanceChargeType,
        string ResourceGroupId,
        SecurityGroupIdSet SecurityGroupIds,
        VpcAttributesInfo VpcAttributes,
        NetworkInterfaceList NetworkInterfaces,
        IpAddressList PublicIpAddress,
        IpAddressList InnerIpAddress,
        OperationLockList OperationLocks,
        EcsTagSet Tags)
    {
        public static Instance From(InstanceInfo info, IReadOnlyList<NetworkInterfaceInfo> networkInterfaces)
        {
            ArgumentNullException.ThrowIfNull(info);
            var created = EcsTime.FormatMinutes(info.CreationTime);
            return new(
                info.InstanceId,
                info.Name,
                info.HostName,
                info.Description,
                info.Owner.RegionId,
                info.ZoneId,
                info.Status,
                info.InstanceType,
                InstanceTypes.FamilyOf(info.InstanceType),
                info.ImageId,
                created,
                created,
                "vpc",
                "PostPaid",
                info.ResourceGroupId,
                new SecurityGroupIdSet(info.SecurityGroupIds),
                new VpcAttributesInfo(info.VpcId, info.VSwitchId, new IpAddressList([.. info.PrivateIpAddresses.Select(a => a.ToString())])),
                new NetworkInterfaceList([.. networkInterfaces.Select(e => new InstanceNetworkInterface(
                    e.NetworkInterfaceId, e.Type.ToString(), e.MacAddress, e.PrimaryIpAddress.ToString(), PrivateIpSetList.From(e), Ipv6SetList.From(e)))]),
                new IpAddressList([]),
                new IpAddressList([]),
                new OperationLockList([]),
                EcsTagSet.From(info.Tags));
        }
    }
}
