using System.Collections.Immutable;
using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Grains.Abstractions.Directories;

namespace SgGrid.Api.Ecs.Tags;

/// <summary>
/// ListTagResources (ECS and VPC): every tag of the named resources (<c>ResourceId.N</c>) or of the tenant's resources
/// of the type carrying all of <c>Tag.N</c> (an empty value matches any value), one entry per resource and tag.
/// Pages hold the tags of at most <c>MaxResults</c> resources (default and most 50), by resource id descending;
/// <c>NextToken</c> is the last resource id of the previous page.
/// </summary>
public static class TagListing
{
    public const int MaxResourcesPerPage = 50;

    public static async Task<RpcResult> ListAsync(RpcContext context, IReadOnlyList<TaggableResource> types)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var (type, ids) = TagCalls.ReadTargets(reader, types, idsRequired: false);
        var filter = TagParameters.Read(reader, forFilter: true);
        var pageSize = reader.Number("MaxResults", 1, MaxResourcesPerPage) ?? MaxResourcesPerPage;
        var token = reader.Optional("NextToken", PagingParameters.MaxTokenLength);
        if (!reader.HasError && ids.IsEmpty && filter.Count == 0)
        {
            reader.Fail(ApiErrors.Missing("ResourceId"));
        }

        if (reader.Error is { } error)
        {
            return error;
        }

        var resources = new List<(string Id, ImmutableDictionary<string, string> Tags)>();
        string? next;
        if (!ids.IsEmpty)
        {
            var ordered = ids.OrderDescending(StringComparer.Ordinal).Where(id => token is null || string.CompareOrdinal(id, token) < 0).ToArray();
            var found = await Task.WhenAll(ordered.Select(id => type!.ReadAsync(region!, id)));
            var matching = ordered.Zip(found).Where(pair => pair.Second is { } tags && Matches(tags, filter)).Select(pair => (pair.First, pair.Second!)).ToList();
            resources.AddRange(matching.Take(pageSize));
            next = matching.Count > pageSize ? resources[^1].Id : null;
        }
        else
        {
            var page = await region!.Directory.ListAsync(new ResourceQuery { Kind = type!.Kind, Tags = filter, MaxResults = pageSize, NextToken = token });
            resources.AddRange(page.Items.Select(item => (item.Id, item.Tags)));
            next = page.NextToken;
        }

        var entries = resources
            .SelectMany(resource => resource.Tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(tag => new TagResource(resource.Id, type!.Type, tag.Key, tag.Value)))
            .ToArray();
        return RpcResult.Ok(new Response(next ?? "", new TagResourceList(entries)));
    }

    private static bool Matches(ImmutableDictionary<string, string> tags, ImmutableDictionary<string, string> filter) =>
        filter.All(wanted => tags.TryGetValue(wanted.Key, out var value) && (wanted.Value.Length == 0 || wanted.Value == value));

    public sealed record Response(string NextToken, TagResourceList TagResources);

    public sealed record TagResourceList(IReadOnlyList<TagResource> TagResource);

    public sealed record TagResource(string ResourceId, string ResourceType, string TagKey, string TagValue);
}
