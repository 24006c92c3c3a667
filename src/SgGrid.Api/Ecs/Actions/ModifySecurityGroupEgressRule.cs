using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.SecurityGroups;
using SgGrid.Domain.Rules;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>ModifySecurityGroupEgressRule: changes an outbound rule named by <c>SecurityGroupRuleId</c>, or (legacy, without the id) the description of the rule its fields identify.</summary>
public sealed class ModifySecurityGroupEgressRule : IRpcAction
{
    public string Name => nameof(ModifySecurityGroupEgressRule);

    public string Version => ApiVersions.Ecs;

    public bool UsesClientToken => true;

    public Task<RpcResult> ExecuteAsync(RpcContext context) => RuleChanges.ModifyAsync(context, Direction.Egress);
}
