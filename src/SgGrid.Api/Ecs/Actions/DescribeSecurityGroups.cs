using System.Collections.Immutable;
using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.Ecs.Responses;
using SgGrid.Api.Ecs.SecurityGroups;
using SgGrid.Domain.Identifiers;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Domain.Validation;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.SecurityGroups;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// DescribeSecurityGroups: the tenant's groups in the region, sorted by id descending, filtered by VpcId, SecurityGroupId,
/// SecurityGroupIds (a JSON array, at most 100), SecurityGroupName, SecurityGroupType, ResourceGroupId, ServiceManaged,
/// NetworkType and Tag.N; paged by PageNumber/PageSize (at most 50, default 10) or MaxResults (at most 100, default 10)
/// and NextToken (then without TotalCount). Unknown ids are simply absent.
/// </summary>
/// <remarks>
/// <para>NetworkType: every SgGrid group is a VPC group, so <c>vpc</c> matches all and <c>classic</c> none.</para>
/// <para>EcsCount counts instances, each once whichever of its ENIs is a member (<see cref="GroupInstanceCount"/>);
/// AvailableInstanceAmount is the capacity left under the tenant's quotas: private IPs for a basic group, ENIs for an
/// advanced one (ENIs without an instance count there). ServiceID is shown for managed groups only; SgGrid does not model the managing service, so every managed
/// group reports <see cref="ManagedGroupServiceId"/>.</para>
/// </remarks>
public sealed class DescribeSecurityGroups : IRpcAction
{
    public const int MaxPageSize = 50;
    public const int MaxMaxResults = 100;
    public const int MaxIds = 100;

    /// <summary>The distributor id every managed group reports.</summary>
    public const long ManagedGroupServiceId = 1;

    public string Name => nameof(DescribeSecurityGroups);

    public string Version => ApiVersions.Ecs;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var vpcId = reader.Optional("VpcId", TenantRegion.MaxIdLength);
        var groupId = reader.Optional("SecurityGroupId", TenantRegion.MaxIdLength);
        var groupIds = reader.List("SecurityGroupIds", MaxIds, TenantRegion.MaxIdLength);
        var name = reader.Optional("SecurityGroupName", 128);
        var type = reader.Parse<SecurityGroupType>("SecurityGroupType", (string text, out SecurityGroupType value) => EnumParsers.TryParseSecurityGroupType(text, out value));
        var resourceGroupId = reader.Optional("ResourceGroupId", TenantRegion.MaxIdLength);
        var serviceManaged = reader.Bool("ServiceManaged");
        var networkType = reader.Optional("NetworkType", 16);
        var classic = string.Equals(networkType, "classic", StringComparison.OrdinalIgnoreCase);
        if (networkType is not null && !classic && !string.Equals(networkType, "vpc", StringComparison.OrdinalIgnoreCase))
        {
            reader.Fail(ApiErrors.Malformed("NetworkType", "It must be vpc or classic."));
        }

        var tags = TagParameters.Read(reader, forFilter: true);
        var dryRun = reader.Bool("DryRun") ?? false;
        reader.Bool("IsQueryEcsCount");
        reader.Bool("FuzzyQuery");
        var pageNumber = reader.Number("PageNumber", 1);
        var pageSize = reader.Number("PageSize", 1, MaxPageSize);
        var maxResults = reader.Number("MaxResults", 1, MaxMaxResults);
        var nextToken = reader.Optional("NextToken", TenantRegion.MaxIdLength);
        if (nextToken is not null && !TenantRegion.IsId(nextToken, ResourceIds.SecurityGroupPrefix))
        {
            reader.Fail(ApiErrors.Malformed("NextToken", "Use the NextToken of the previous answer."));
        }

        if (reader.Error is { } error)
        {
            return error;
        }

        if (dryRun)
        {
            return ApiErrors.DryRun();
        }

        var tokens = maxResults is not null || nextToken is not null;
        var query = new ResourceQuery
        {
            Kind = ResourceKind.SecurityGroup,
            Ids = Ids(groupId, groupIds),
            VpcId = vpcId,
            Name = name,
            SecurityGroupType = type,
            ResourceGroupId = resourceGroupId,
            Tags = tags,
            Attributes = serviceManaged is { } managed
                ? ImmutableDictionary<string, string>.Empty.Add("ServiceManaged", managed ? "true" : "false")
                : ImmutableDictionary<string, string>.Empty,
            PageNumber = tokens ? null : pageNumber ?? 1,
            PageSize = tokens ? null : pageSize ?? ResourceQuery.DefaultPageSize,
            MaxResults = tokens ? maxResults ?? ResourceQuery.DefaultPageSize : null,
            NextToken = nextToken,
        };

        // An empty intersection of the two id filters, or the classic network, matches nothing.
        var page = classic || (groupId is not null && query.Ids.IsEmpty)
            ? new ResourcePage { PageNumber = query.PageNumber ?? 0, PageSize = query.PageSize ?? query.MaxResults ?? 0 }
            : await region!.Directory.ListAsync(query);

        var quotas = SecurityGroupCalls.Quotas(context);
        var infos = (await Task.WhenAll(page.Items.Select(item => region!.SecurityGroup(item.Id).GetInfoAsync())))
            .Where(info => info is not null && info.Owner == region!.Owner)
            .Select(info => info!)
            .ToArray();
        var instances = await Task.WhenAll(infos.Select(info => info.MemberCount == 0 ? Task.FromResult(0) : GroupInstanceCount.CountAsync(region!, info.SecurityGroupId)));
        var groups = infos.Select((info, i) => ToGroup(info, instances[i], quotas)).ToList();

        return RpcResult.Ok(new Response
        {
            RegionId = region!.RegionId,
            PageNumber = tokens ? null : page.PageNumber,
            PageSize = tokens ? null : page.PageSize,
            TotalCount = tokens ? null : page.TotalCount,
            NextToken = tokens ? page.NextToken : null,
            SecurityGroups = new GroupSet(groups),
        });
    }

    /// <summary>Both id filters must hold: their intersection (empty when they share nothing, which the caller answers).</summary>
    private static ImmutableArray<string> Ids(string? groupId, ImmutableArray<string> groupIds)
    {
        if (groupId is null)
        {
            return groupIds;
        }

        return groupIds.IsEmpty || groupIds.Contains(groupId, StringComparer.Ordinal) ? [groupId] : [];
    }

    private static Group ToGroup(SecurityGroupInfo info, int instanceCount, SecurityGroupQuotas quotas) => new()
    {
        SecurityGroupId = info.SecurityGroupId,
        SecurityGroupName = info.Name,
        Description = info.Description,
        VpcId = info.VpcId,
        SecurityGroupType = EnumParsers.ToEcsString(info.Type),
        CreationTime = EcsTime.Format(info.CreationTime),
        ResourceGroupId = info.ResourceGroupId,
        ServiceManaged = info.ServiceManaged,
        ServiceID = info.ServiceManaged ? ManagedGroupServiceId : null,
        RuleCount = info.RuleCount,
        GroupToGroupRuleCount = info.GroupToGroupRuleCount,
        EcsCount = instanceCount,
        AvailableInstanceAmount = Math.Max(0, info.Type == SecurityGroupType.Enterprise
            ? quotas.NetworkInterfacesPerAdvancedGroup - info.MemberCount
            : quotas.PrivateIpsPerBasicGroup - info.MemberAddressCount),
        Tags = EcsTagSet.From(info.Tags),
    };

    public sealed record Response
    {
        public required string RegionId { get; init; }
        public int? PageNumber { get; init; }
        public int? PageSize { get; init; }
        public int? TotalCount { get; init; }
        public string? NextToken { get; init; }
        public required GroupSet SecurityGroups { get; init; }
    }

    public sealed record GroupSet(IReadOnlyList<Group> SecurityGroup);

    public sealed record Group
    {
        public required string SecurityGroupId { get; init; }
        public required string SecurityGroupName { get; init; }
        public required string Description { get; init; }
        public required string VpcId { get; init; }
        public required string SecurityGroupType { get; init; }
        public required string CreationTime { get; init; }
        public required string ResourceGroupId { get; init; }
        public required bool ServiceManaged { get; init; }
        public long? ServiceID { get; init; }
        public required int RuleCount { get; init; }
        public required int GroupToGroupRuleCount { get; init; }
        public required int EcsCount { get; init; }
        public required int AvailableInstanceAmount { get; init; }
        public required EcsTagSet Tags { get; init; }
    }
}
