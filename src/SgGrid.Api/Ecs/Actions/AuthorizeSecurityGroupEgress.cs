using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.SecurityGroups;
using SgGrid.Domain.Rules;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>AuthorizeSecurityGroupEgress: adds outbound rules; the remote is <c>Dest*</c>, the optional local address <c>SourceCidrIp</c>. Answers <c>{RequestId}</c>.</summary>
public sealed class AuthorizeSecurityGroupEgress : IRpcAction
{
    public string Name => nameof(AuthorizeSecurityGroupEgress);

    public string Version => ApiVersions.Ecs;

    public bool UsesClientToken => true;

    public Task<RpcResult> ExecuteAsync(RpcContext context) => RuleChanges.AuthorizeAsync(context, Direction.Egress);
}
