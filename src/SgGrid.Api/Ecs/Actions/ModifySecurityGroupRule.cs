using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.SecurityGroups;
using SgGrid.Domain.Rules;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>ModifySecurityGroupRule: changes an inbound rule named by <c>SecurityGroupRuleId</c>, or (legacy, without the id) the description of the rule its fields identify.</summary>
public sealed class ModifySecurityGroupRule : IRpcAction
{
    public string Name => nameof(ModifySecurityGroupRule);

    public string Version => ApiVersions.Ecs;

    public bool UsesClientToken => true;

    public Task<RpcResult> ExecuteAsync(RpcContext context) => RuleChanges.ModifyAsync(context, Direction.Ingress);
}
