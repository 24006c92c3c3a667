using System.Diagnostics.CodeAnalysis;
using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.Ecs.SecurityGroups;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// ModifySecurityGroupAttribute: a new <c>SecurityGroupName</c> (ECS's naming rule) and/or <c>Description</c>
/// (2-256 characters, not a URL); an absent one stays as it is.
/// </summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Named exactly as the ECS action.")]
public sealed class ModifySecurityGroupAttribute : IRpcAction
{
    public string Name => nameof(ModifySecurityGroupAttribute);

    public string Version => ApiVersions.Ecs;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var groupId = reader.Required("SecurityGroupId", TenantRegion.MaxIdLength);
        var name = ResourceNames.Read(reader, "SecurityGroupName");
        var description = reader.Text("Description", 2, 256, noUrl: true);
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

        return SecurityGroupCalls.Answer(await region.SecurityGroup(groupId).ModifyAttributeAsync(region.Owner, name, description));
    }
}
