using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Domain.Networks;
using SgGrid.Grains.Abstractions.PrefixLists;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// ModifyPrefixList: renames, re-describes, adds entries (<c>AddEntry.N</c>) and removes entries (<c>RemoveEntry.N</c>).
/// New entries reach every security group using the list (and their ENIs) before the call returns, unless the endpoint
/// is configured not to wait for convergence.
/// </summary>
/// <remarks>
/// <c>MaxEntries</c> (1-200) resizes the list: SgGrid's addition (ECS's 2014-05-26 model has no such parameter; VPC's
/// ModifyVpcPrefixList has), since every rule using the list weighs its MaxEntries against its group's and its ENIs' rule
/// limits (D5). A raise that any of those limits cannot take is refused whole with the limit's code
/// (<c>AuthorizationLimitExceed</c>), and nothing changes.
/// </remarks>
public sealed class ModifyPrefixList : IRpcAction
{
    public string Name => nameof(ModifyPrefixList);

    public string Version => ApiVersions.Ecs;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var prefixListId = reader.Required("PrefixListId", TenantRegion.MaxIdLength);
        var name = PrefixListParameters.ReadName(reader);
        var description = reader.Text("Description", 2, 256, noUrl: true);
        var adds = PrefixListParameters.ReadEntries(reader, "AddEntry");
        var removes = PrefixListParameters.ReadEntries(reader, "RemoveEntry", withDescription: false);
        var maxEntries = reader.Number("MaxEntries", 1, PrefixListParameters.MaxEntries);
        if (reader.Error is { } error)
        {
            return error;
        }

        if (await region!.FindPrefixListAsync(prefixListId) is null)
        {
            return NetworkErrors.PrefixListNotFound(prefixListId);
        }

        var modified = await region.PrefixList(prefixListId).ModifyAsync(region.Owner, new PrefixListChange
        {
            Name = name,
            Description = description,
            AddEntries = adds,
            RemoveEntries = [.. removes.Select(entry => entry.Cidr)],
            MaxEntries = maxEntries,
        }, context.Mutation);
        return modified.Succeeded ? RpcResult.Ok() : RpcResult.Fail(modified.Errors);
    }
}
