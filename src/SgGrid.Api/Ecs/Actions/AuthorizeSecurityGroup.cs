using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.SecurityGroups;
using SgGrid.Domain.Rules;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>AuthorizeSecurityGroup: adds inbound rules (<c>Permissions.N</c>, or the deprecated flat fields of one rule); the remote is <c>Source*</c>, the optional local address <c>DestCidrIp</c>. Answers <c>{RequestId}</c>.</summary>
public sealed class AuthorizeSecurityGroup : IRpcAction
{
    public string Name => nameof(AuthorizeSecurityGroup);

    public string Version => ApiVersions.Ecs;

    public bool UsesClientToken => true;

    public Task<RpcResult> ExecuteAsync(RpcContext context) => RuleChanges.AuthorizeAsync(context, Direction.Ingress);
}
