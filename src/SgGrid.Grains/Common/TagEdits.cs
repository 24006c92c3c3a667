using SgGrid.Domain.Errors;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Common;

/// <summary>Applies a <see cref="TagChange"/> to a resource's stored tags, all or nothing.</summary>
internal static class TagEdits
{
    /// <summary>The code ECS answers when a resource would carry more than 20 tags.</summary>
    public const string QuotaExceededCode = "OperationDenied.QuotaExceed";

    /// <summary>
    /// Applies <paramref name="change"/> to <paramref name="tags"/>: removals first, then the keys set. Refused (and
    /// <paramref name="tags"/> left as it was) when the result would hold more than <see cref="TagChange.MaxTagsPerResource"/>.
    /// </summary>
    /// <returns>The refusal, or null; <paramref name="changed"/> says whether anything differs.</returns>
    public static EcsError? TryApply(Dictionary<string, string> tags, TagChange change, out bool changed)
    {
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(change);
        var result = change.RemoveAll ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(tags, StringComparer.Ordinal);
        foreach (var key in change.Remove.IsDefault ? [] : change.Remove)
        {
            result.Remove(key);
        }

        foreach (var (key, value) in change.Set)
        {
            result[key] = value;
        }

        if (result.Count > TagChange.MaxTagsPerResource && result.Count > tags.Count)
        {
            changed = false;
            return new EcsError(QuotaExceededCode, $"The quota of tags on resource is beyond permitted range: at most {TagChange.MaxTagsPerResource} tags.");
        }

        changed = !OwnerState.TagsEqual(tags, result);
        if (changed)
        {
            tags.Clear();
            foreach (var (key, value) in result)
            {
                tags[key] = value;
            }
        }

        return null;
    }

    /// <summary>
    /// The whole of a grain's ChangeTagsAsync: refuses with <paramref name="refusal"/> (the caller may not see the resource)
    /// or the tag quota, else applies <paramref name="change"/> to <paramref name="tags"/> and, when anything differs,
    /// runs <paramref name="saveAndPublish"/> (the grain's write and its directory summary); answers <paramref name="version"/> as read after it.
    /// </summary>
    public static async Task<MutationResult> ChangeAsync(EcsError? refusal, Dictionary<string, string> tags, TagChange change, Func<Task> saveAndPublish, Func<long> version)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(saveAndPublish);
        if (refusal is not null)
        {
            return MutationResult.Failure(refusal);
        }

        if (TryApply(tags, change, out var changed) is { } refused)
        {
            return MutationResult.Failure(refused);
        }

        if (changed)
        {
            await saveAndPublish();
        }

        return MutationResult.Success(version());
    }
}
