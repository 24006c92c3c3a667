using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Domain.Identifiers;
using SgGrid.Grains.Abstractions.PrefixLists;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// CreatePrefixList: a named set of IPv4 or IPv6 CIDR blocks (at most <c>MaxEntries</c>, 1-200, fixed at creation) that
/// security group rules can reference. At most 100 lists per account and region (<c>QuotaExceed.PrefixList</c>).
/// </summary>
public sealed class CreatePrefixList : IRpcAction
{
    public string Name => nameof(CreatePrefixList);

    public string Version => ApiVersions.Ecs;

    public bool UsesClientToken => true;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var name = PrefixListParameters.ReadName(reader);
        if (name is null && !reader.HasError)
        {
            reader.Fail(ApiErrors.Missing("PrefixListName"));
        }

        var family = PrefixListParameters.ReadAddressFamily(reader);
        if (family is null && !reader.HasError)
        {
            reader.Fail(ApiErrors.Missing("AddressFamily"));
        }

        var maxEntries = reader.Number("MaxEntries", 1, PrefixListParameters.MaxEntries);
        if (maxEntries is null && !reader.HasError)
        {
            reader.Fail(ApiErrors.Missing("MaxEntries"));
        }

        var description = reader.Text("Description", 2, 256, noUrl: true);
        var entries = PrefixListParameters.ReadEntries(reader, "Entry");
        var resourceGroupId = reader.Optional("ResourceGroupId", 64);
        var tags = TagParameters.Read(reader);
        if (reader.Error is { } error)
        {
            return error;
        }

        var prefixListId = ResourceIds.NewPrefixListId(Random.Shared);
        var created = await region!.PrefixList(prefixListId).CreateAsync(new PrefixListSpec
        {
            Owner = region.Owner,
            AddressFamily = family!.Value,
            MaxEntries = maxEntries!.Value,
            Name = name!,
            Description = description ?? "",
            Entries = entries,
            ResourceGroupId = resourceGroupId ?? "",
            Tags = tags,
        });
        return created.Succeeded ? RpcResult.Ok(new Response(prefixListId)) : RpcResult.Fail(created.Errors);
    }

    public sealed record Response(string PrefixListId);
}
