using System.Collections.Immutable;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Grains.Abstractions.Directories;

namespace SgGrid.Api.Ecs.SecurityGroups;

/// <summary>
/// DescribeSecurityGroups' <c>EcsCount</c>: the instances in a group — each instance once, whichever of its ENIs (primary or
/// attached secondary) is a member. An ENI attached to no instance is no instance: it counts against the group's capacity
/// (<c>AvailableInstanceAmount</c>), not here.
/// </summary>
public static class GroupInstanceCount
{
    /// <summary>Counts the distinct instances of the member ENIs, read from the tenant's directory page by page.</summary>
    public static async Task<int> CountAsync(TenantRegion region, string securityGroupId)
    {
        ArgumentNullException.ThrowIfNull(region);
        var instances = new HashSet<string>(StringComparer.Ordinal);
        string? token = null;
        do
        {
            var page = await region.Directory.ListAsync(new ResourceQuery
            {
                Kind = ResourceKind.NetworkInterface,
                AnyOf = ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("SecurityGroupId", [securityGroupId]),
                MaxResults = ResourceQuery.MaxPageSize,
                NextToken = token,
            });
            instances.UnionWith(page.Items.Select(item => item.InstanceId).OfType<string>());
            token = page.NextToken;
        }
        while (!string.IsNullOrEmpty(token));

        return instances.Count;
    }
}
