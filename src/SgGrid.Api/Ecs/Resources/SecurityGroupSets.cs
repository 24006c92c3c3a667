using System.Collections.Immutable;
using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Domain.Errors;

namespace SgGrid.Api.Ecs.Resources;

/// <summary>The security groups a new ENI or instance is put in: <c>SecurityGroupId</c> or <c>SecurityGroupIds.N</c>, and their checks.</summary>
public static class SecurityGroupSets
{
    /// <summary>The most ids read from one list; the per-ENI quota (10 by default) is the grains' to enforce.</summary>
    public const int MaxIds = 100;

    /// <summary>
    /// <c>SecurityGroupId</c> xor <c>SecurityGroupIds.N</c>, in the order given: both is <c>InvalidParameter.Conflict</c>,
    /// neither is <c>MissingSecurityGroupId</c> when <paramref name="required"/> (else an empty set).
    /// </summary>
    public static ImmutableArray<string> Read(ParameterReader reader, bool required)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var single = reader.Optional("SecurityGroupId", TenantRegion.MaxIdLength);
        var list = reader.List("SecurityGroupIds", MaxIds, TenantRegion.MaxIdLength);
        if (single is not null && !list.IsEmpty)
        {
            reader.Fail(InstanceApiErrors.Conflict("SecurityGroupId", "SecurityGroupIds"));
            return [];
        }

        if (single is null && list.IsEmpty && required)
        {
            reader.Fail(ApiErrors.Missing("SecurityGroupId"));
        }

        return single is not null ? [single] : list;
    }

    /// <summary>
    /// Every group exists for the tenant (else <c>InvalidSecurityGroupId.NotFound</c>, another tenant's too) and lies in
    /// <paramref name="vpcId"/> (else <paramref name="otherVpc"/>).
    /// </summary>
    public static async Task<EcsError?> CheckAsync(TenantRegion region, IEnumerable<string> groupIds, string vpcId, Func<EcsError> otherVpc)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(groupIds);
        ArgumentNullException.ThrowIfNull(otherVpc);
        foreach (var groupId in groupIds.Distinct(StringComparer.Ordinal))
        {
            var group = await region.FindSecurityGroupAsync(groupId);
            if (group is null)
            {
                return InstanceApiErrors.SecurityGroupNotFound();
            }

            if (group.VpcId != vpcId)
            {
                return otherVpc();
            }
        }

        return null;
    }
}
