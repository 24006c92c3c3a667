using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.Ecs.Responses;
using SgGrid.Domain.Networks;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>DescribePrefixListAttributes: one list's attributes and entries (ascending by block).</summary>
/// <remarks><c>CreationTime</c> is to the minute, as the SDK model's example (<c>2021-02-20T07:11Z</c>) shows it.</remarks>
public sealed class DescribePrefixListAttributes : IRpcAction
{
    public string Name => nameof(DescribePrefixListAttributes);

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

        if (await region!.FindPrefixListAsync(prefixListId) is not { } list)
        {
            return NetworkErrors.PrefixListNotFound(prefixListId);
        }

        return RpcResult.Ok(new Response(
            list.PrefixListId,
            list.Name,
            list.Description,
            list.AddressFamily.ToString(),
            list.MaxEntries,
            EcsTime.FormatMinutes(list.CreationTime),
            new EntryList([.. list.Entries.Select(entry => new Entry(entry.Cidr.ToString(), entry.Description))])));
    }

    public sealed record Response(
        string PrefixListId,
        string PrefixListName,
        string Description,
        string AddressFamily,
        int MaxEntries,
        string CreationTime,
        EntryList Entries);

    public sealed record EntryList(IReadOnlyList<Entry> Entry);

    public sealed record Entry(string Cidr, string Description);
}
