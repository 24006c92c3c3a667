using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.Ecs.SecurityGroups;
using SgGrid.Grains.Abstractions.SecurityGroups;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// DescribeSecurityGroupReferences: for each of 1-10 groups (<c>SecurityGroupId.N</c>), the groups whose rules reference
/// it, each with its account (<c>AliUid</c>) — what stops a DeleteSecurityGroup.
/// </summary>
/// <remarks>
/// A group that is not the caller's (unknown, malformed, another tenant's) is <c>InvalidSecurityGroupId.NotFound</c>, as
/// ECS documents for this action; every named group is listed, with an empty list when nothing references it.
/// </remarks>
public sealed class DescribeSecurityGroupReferences : IRpcAction
{
    public const int MaxGroups = 10;

    public string Name => nameof(DescribeSecurityGroupReferences);

    public string Version => ApiVersions.Ecs;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var groupIds = reader.List("SecurityGroupId", MaxGroups, TenantRegion.MaxIdLength);
        if (groupIds.IsEmpty && !reader.HasError)
        {
            reader.Fail(ApiErrors.Missing("SecurityGroupId"));
        }

        if (reader.Error is { } error)
        {
            return error;
        }

        var references = new List<Reference>();
        foreach (var groupId in groupIds.Distinct(StringComparer.Ordinal))
        {
            if (await region!.FindSecurityGroupAsync(groupId) is null)
            {
                return SecurityGroupErrors.NotFound();
            }

            var referrers = await region.SecurityGroup(groupId).GetReferrersAsync();
            var infos = await Task.WhenAll(referrers.Select(id => region.SecurityGroup(id).GetInfoAsync()));

            // A referrer deleted since it was recorded is left out.
            var referencing = infos.OfType<SecurityGroupInfo>()
                .Select(info => new Referencing(info.SecurityGroupId, info.Owner.AccountId))
                .ToList();
            references.Add(new Reference(groupId, new ReferencingSet(referencing)));
        }

        return RpcResult.Ok(new Response(new ReferenceSet(references)));
    }

    public sealed record Response(ReferenceSet SecurityGroupReferences);

    public sealed record ReferenceSet(IReadOnlyList<Reference> SecurityGroupReference);

    public sealed record Reference(string SecurityGroupId, ReferencingSet ReferencingSecurityGroups);

    public sealed record ReferencingSet(IReadOnlyList<Referencing> ReferencingSecurityGroup);

    public sealed record Referencing(string SecurityGroupId, string AliUid);
}
