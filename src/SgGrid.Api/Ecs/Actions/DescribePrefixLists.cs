using System.Collections.Immutable;
using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.Ecs.Responses;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.PrefixLists;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// DescribePrefixLists: the tenant's prefix lists in the region, id descending, filtered by <c>PrefixListId.N</c> (at most
/// 100), <c>AddressFamily</c>, <c>PrefixListName</c>, <c>ResourceGroupId</c> and <c>Tag.N</c>, in token pages
/// (<c>MaxResults</c> 1-100, default 10; <c>NextToken</c>, absent on the last page).
/// </summary>
public sealed class DescribePrefixLists : IRpcAction
{
    public const int MaxIds = 100;
    public const int MaxResultsLimit = 100;

    public string Name => nameof(DescribePrefixLists);

    public string Version => ApiVersions.Ecs;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var ids = reader.List("PrefixListId", MaxIds, TenantRegion.MaxIdLength);
        var family = PrefixListParameters.ReadAddressFamily(reader);
        var name = reader.Text("PrefixListName", 1, 128);
        var resourceGroupId = reader.Optional("ResourceGroupId", 64);
        var tags = TagParameters.Read(reader, forFilter: true);
        var maxResults = reader.Number("MaxResults", 1, MaxResultsLimit) ?? ResourceQuery.DefaultPageSize;
        var nextToken = reader.Optional("NextToken", TenantRegion.MaxIdLength);
        if (reader.Error is { } error)
        {
            return error;
        }

        var page = await region!.Directory.ListAsync(new ResourceQuery
        {
            Kind = ResourceKind.PrefixList,
            Ids = ids,
            Name = name,
            ResourceGroupId = resourceGroupId,
            Tags = tags,
            Attributes = family is { } f
                ? ImmutableDictionary<string, string>.Empty.Add(NetworkResourceAttributes.AddressFamily, f.ToString())
                : ImmutableDictionary<string, string>.Empty,
            MaxResults = maxResults,
            NextToken = nextToken,
        });

        // A list deleted between the listing and this read is left out.
        var infos = await Task.WhenAll(page.Items.Select(item => region.FindPrefixListAsync(item.Id)));
        var lists = infos.OfType<PrefixListInfo>().Select(list => new PrefixList(
            list.PrefixListId,
            list.Name,
            list.Description,
            list.AddressFamily.ToString(),
            list.MaxEntries,
            list.AssociationCount,
            EcsTime.FormatMinutes(list.CreationTime),
            list.ResourceGroupId,
            EcsTagSet.From(list.Tags))).ToArray();
        return RpcResult.Ok(new Response(page.NextToken, new PrefixListSet(lists)));
    }

    public sealed record Response(string? NextToken, PrefixListSet PrefixLists);

    public sealed record PrefixListSet(IReadOnlyList<PrefixList> PrefixList);

    public sealed record PrefixList(
        string PrefixListId,
        string PrefixListName,
        string Description,
        string AddressFamily,
        int MaxEntries,
        int AssociationCount,
        string CreationTime,
        string ResourceGroupId,
        EcsTagSet Tags);
}
