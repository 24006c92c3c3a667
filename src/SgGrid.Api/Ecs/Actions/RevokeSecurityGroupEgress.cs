using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.SecurityGroups;
using SgGrid.Domain.Rules;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>RevokeSecurityGroupEgress: deletes outbound rules by <c>SecurityGroupRuleId.N</c> or by their fields (no match: success, nothing deleted).</summary>
public sealed class RevokeSecurityGroupEgress : IRpcAction
{
    public string Name => nameof(RevokeSecurityGroupEgress);

    public string Version => ApiVersions.Ecs;

    public bool UsesClientToken => true;

    public Task<RpcResult> ExecuteAsync(RpcContext context) => RuleChanges.RevokeAsync(context, Direction.Egress);
}
