using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Domain.Networks;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>DeletePrefixList: deletes a list no security group uses (<c>NotAllowed.AssociationExist</c> while one does).</summary>
public sealed class DeletePrefixList : IRpcAction
{
    public string Name => nameof(DeletePrefixList);

    public string Version => ApiVersions.Ecs;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var prefixListId = reader.Required("PrefixListId", TenantRegion.MaxIdLength);
        if (reader.Error is { } error)
        {
            return error;
        }

        if (await region!.FindPrefixListAsync(prefixListId) is null)
        {
            return NetworkErrors.PrefixListNotFound(prefixListId);
        }

        var deleted = await region.PrefixList(prefixListId).DeleteAsync(region.Owner);
        return deleted.Succeeded ? RpcResult.Ok() : RpcResult.Fail(deleted.Errors);
    }
}
