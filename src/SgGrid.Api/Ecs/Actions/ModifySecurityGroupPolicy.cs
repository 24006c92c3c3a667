using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.Ecs.SecurityGroups;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Domain.Validation;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// ModifySecurityGroupPolicy: a basic group's internal access policy, <c>Accept</c> or <c>Drop</c> (any case). An advanced
/// group's is always Drop, so changing it is refused (<c>OperationDenied</c>).
/// </summary>
public sealed class ModifySecurityGroupPolicy : IRpcAction
{
    public string Name => nameof(ModifySecurityGroupPolicy);

    public string Version => ApiVersions.Ecs;

    public bool UsesClientToken => true;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var groupId = reader.Required("SecurityGroupId", TenantRegion.MaxIdLength);
        var policy = reader.Parse<InnerAccessPolicy>("InnerAccessPolicy",
            (string text, out InnerAccessPolicy value) => EnumParsers.TryParseInnerAccessPolicy(text, out value), ValidationErrors.InvalidInnerAccessPolicy());
        if (policy is null && !reader.HasError)
        {
            reader.Fail(Errors.ApiErrors.Missing("InnerAccessPolicy"));
        }

        if (reader.Error is { } error)
        {
            return error;
        }

        if (await region!.FindSecurityGroupAsync(groupId) is null)
        {
            return SecurityGroupErrors.NotFound();
        }

        if (region.ScenarioRefusal(groupId) is { } refusal)
        {
            return refusal;
        }

        return SecurityGroupCalls.Answer(await region.SecurityGroup(groupId).ModifyPolicyAsync(region.Owner, policy!.Value, context.Mutation));
    }
}
