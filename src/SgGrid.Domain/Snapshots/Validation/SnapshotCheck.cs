using System.Collections.Immutable;
using System.Globalization;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Identifiers;
using SgGrid.Domain.Snapshots.Documents;
using SgGrid.Domain.Snapshots.Plans;

namespace SgGrid.Domain.Snapshots.Validation;

/// <summary>One run of <see cref="RegionSnapshotValidator"/>: the problems found so far and the resources planned so far.</summary>
internal sealed partial class SnapshotCheck(RegionSnapshot snapshot, SnapshotValidationContext context)
{
    private const int MaxNameLength = 128;
    private const int MaxDescriptionLength = 256;
    private const int MaxTagsPerResource = 20;
    private static readonly string[] TimeFormats = ["yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"];

    private readonly List<SnapshotProblem> _problems = [];

    public SnapshotValidation Run()
    {
        if (snapshot.RegionId is { Length: > 0 } regionId && regionId != context.RegionId)
        {
            Problem("$.RegionId", EcsErrorCodes.InvalidParameter, $"The snapshot describes {regionId}; it is imported into {context.RegionId}.");
        }

        CheckVpcs();
        CheckVSwitches();
        CheckPrefixLists();
        CheckSecurityGroups();
        CheckNetworkInterfaces();
        CheckInstances();
        CheckGroupCapacity();
        if (_problems.Count > 0)
        {
            return new SnapshotValidation(null, [.. _problems.Take(context.MaxProblems)]);
        }

        return new SnapshotValidation(
            new RegionImportPlan(
                context.RegionId,
                [.. _vpcs.Values],
                [.. _vSwitches.Values],
                [.. _prefixLists.Values],
                [.. _groups.Values],
                [.. _networkInterfaces.Values],
                [.. _instances.Values]),
            []);
    }

    private void Problem(string path, string code, string message)
    {
        if (_problems.Count <= context.MaxProblems)
        {
            _problems.Add(new SnapshotProblem(path, code, message));
        }
    }

    private void Problem(string path, EcsError error) => Problem(path, error.Code, error.Message);

    /// <summary>The items of every answer of one action, each with its path.</summary>
    private static IEnumerable<(T Item, string Path)> Items<TAnswer, T>(string action, IReadOnlyList<TAnswer> answers, string listName, Func<TAnswer, WrappedList<T>?> list)
    {
        for (var a = 0; a < answers.Count; a++)
        {
            if (list(answers[a]) is not { } items)
            {
                continue;
            }

            for (var i = 0; i < items.Items.Count; i++)
            {
                yield return (items.Items[i], $"$.{action}[{a}].{listName}.{items.Name}[{i}]");
            }
        }
    }

    /// <summary>The id at <paramref name="path"/>: present and shaped like <paramref name="prefix"/> ids, else a problem and null.</summary>
    private string? Id(string? id, string prefix, string path)
    {
        if (string.IsNullOrEmpty(id))
        {
            Problem(path, EcsErrorCodes.MissingParameter, "The id is missing.");
            return null;
        }

        if (id.Length > 64 || !ResourceIds.HasShape(id, prefix))
        {
            Problem(path, EcsErrorCodes.InvalidParameter, $"'{id}' is not a {prefix}… id (lowercase letters and digits after the prefix).");
            return null;
        }

        return id;
    }

    /// <summary>A second item with the same id is a conflict (pages must not overlap).</summary>
    private bool IsFirst<T>(Dictionary<string, T> seen, string id, string path)
    {
        if (seen.ContainsKey(id))
        {
            Problem(path, EcsErrorCodes.InvalidParameterConflict, $"{id} is listed more than once.");
            return false;
        }

        return true;
    }

    private string Text(string? text, int maxLength, string path)
    {
        text ??= "";
        if (text.Length > maxLength)
        {
            Problem(path, EcsErrorCodes.InvalidParameter, $"It is longer than {maxLength} characters.");
        }

        return text;
    }

    private string Name(string? text, string path) => Text(text, MaxNameLength, path);

    private string Description(string? text, string path) => Text(text, MaxDescriptionLength, path);

    private DateTimeOffset? Time(string? text, string path)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (DateTimeOffset.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return time;
        }

        Problem(path, EcsErrorCodes.InvalidParameter, $"'{text}' is not a UTC time such as 2024-01-31T08:00:00Z.");
        return null;
    }

    private ImmutableDictionary<string, string> Tags(WrappedList<SnapshotTag>? tags, string path)
    {
        if (tags is null || tags.Items.Count == 0)
        {
            return ImmutableDictionary<string, string>.Empty;
        }

        var result = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (tags.Items.Count > MaxTagsPerResource)
        {
            Problem($"{path}.{tags.Name}", EcsErrorCodes.InvalidParameter, $"A resource has at most {MaxTagsPerResource} tags.");
        }

        for (var i = 0; i < tags.Items.Count; i++)
        {
            var tagPath = $"{path}.{tags.Name}[{i}]";
            var key = tags.Items[i].KeyText;
            if (string.IsNullOrEmpty(key) || key.Length > 128)
            {
                Problem(tagPath, EcsErrorCodes.InvalidParameter, "A tag key is 1 to 128 characters.");
            }
            else if (!result.TryAdd(key, Text(tags.Items[i].ValueText, 128, tagPath)))
            {
                Problem(tagPath, EcsErrorCodes.InvalidParameterConflict, $"The tag key '{key}' is given twice.");
            }
        }

        return result.ToImmutable();
    }
}
