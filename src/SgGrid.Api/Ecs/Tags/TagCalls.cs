using System.Collections.Immutable;
using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Domain.Errors;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Api.Ecs.Tags;

/// <summary>
/// TagResources and UntagResources (ECS) / UnTagResources (VPC): the same request shape in both products. Every named
/// resource must be the tenant's and every result must stay within 20 tags before anything changes, so a refused call
/// changes no resource.
/// </summary>
public static class TagCalls
{
    /// <summary>At most this many <c>ResourceId.N</c> per call.</summary>
    public const int MaxResourceIds = 50;

    public static async Task<RpcResult> TagAsync(RpcContext context, IReadOnlyList<TaggableResource> types)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var (type, ids) = ReadTargets(reader, types);
        var tags = TagParameters.Read(reader);
        if (!reader.HasError && tags.Count == 0)
        {
            reader.Fail(ApiErrors.Missing("Tag"));
        }

        if (reader.Error is { } error)
        {
            return error;
        }

        return await ApplyAsync(region!, type!, ids, new TagChange { Set = tags });
    }

    public static async Task<RpcResult> UntagAsync(RpcContext context, IReadOnlyList<TaggableResource> types)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var (type, ids) = ReadTargets(reader, types);
        var keys = reader.List("TagKey", TagParameters.MaxTags, TagParameters.MaxLength);
        var all = reader.Bool("All") ?? false;
        if (reader.Error is { } error)
        {
            return error;
        }

        // ECS: All takes effect only when no TagKey.N is given; with neither, nothing is removed.
        var change = keys.IsEmpty ? new TagChange { RemoveAll = all } : new TagChange { Remove = keys };
        return await ApplyAsync(region!, type!, ids, change);
    }

    /// <summary>Reads <c>ResourceType</c> (one of <paramref name="types"/>) and <c>ResourceId.N</c> (1-50).</summary>
    public static (TaggableResource? Type, ImmutableArray<string> Ids) ReadTargets(ParameterReader reader, IReadOnlyList<TaggableResource> types, bool idsRequired = true)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var typeName = reader.Required("ResourceType", 64);
        var ids = reader.List("ResourceId", MaxResourceIds, TenantRegion.MaxIdLength);
        if (reader.HasError)
        {
            return (null, []);
        }

        if (idsRequired && ids.IsEmpty)
        {
            reader.Fail(ApiErrors.Missing("ResourceId"));
            return (null, []);
        }

        if (TaggableResource.Find(types, typeName) is not { } type)
        {
            reader.Fail(TaggableResource.TypeNotFound(typeName));
            return (null, []);
        }

        return (type, [.. ids.Distinct(StringComparer.Ordinal)]);
    }

    private static async Task<RpcResult> ApplyAsync(TenantRegion region, TaggableResource type, ImmutableArray<string> ids, TagChange change)
    {
        var current = await Task.WhenAll(ids.Select(id => type.ReadAsync(region, id)));
        for (var i = 0; i < ids.Length; i++)
        {
            if (current[i] is not { } tags)
            {
                return TaggableResource.ResourceNotFound(ids[i]);
            }

            if (Count(tags, change) > TagChange.MaxTagsPerResource)
            {
                return new EcsError("OperationDenied.QuotaExceed",
                    $"The quota of tags on resource is beyond permitted range: {ids[i]} would carry more than {TagChange.MaxTagsPerResource} tags.");
            }
        }

        foreach (var id in ids)
        {
            var changed = await type.ChangeAsync(region, id, change);
            if (!changed.Succeeded)
            {
                // Only a resource deleted (or a tag added) since the check above gets here.
                return changed.Errors[0].Code.EndsWith(".NotFound", StringComparison.Ordinal) ? TaggableResource.ResourceNotFound(id) : RpcResult.Fail(changed.Errors);
            }
        }

        return RpcResult.Ok();
    }

    private static int Count(ImmutableDictionary<string, string> tags, TagChange change)
    {
        if (change.RemoveAll)
        {
            return change.Set.Count;
        }

        var keys = new HashSet<string>(tags.Keys, StringComparer.Ordinal);
        keys.ExceptWith(change.Remove.IsDefault ? [] : change.Remove);
        keys.UnionWith(change.Set.Keys);
        return keys.Count;
    }
}
