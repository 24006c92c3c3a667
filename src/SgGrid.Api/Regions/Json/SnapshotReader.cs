using System.Text.Json;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Snapshots;
using SgGrid.Domain.Snapshots.Documents;

namespace SgGrid.Api.Regions.Json;

/// <summary>
/// Reads a region snapshot bundle from a stream, item by item (<see cref="JsonStreamReader"/>): the answers' large lists are
/// never held as text, only as the items read from them. Each action's value is one answer or an array of answers; the
/// bundle's other properties, and the answers' fields SgGrid does not use, are skipped.
/// </summary>
public sealed class SnapshotReader
{
    private readonly JsonStreamReader _json;
    private readonly CancellationToken _cancellationToken;
    private string _path = "$";

    private SnapshotReader(Stream body, CancellationToken cancellationToken)
    {
        _json = new JsonStreamReader(body, SnapshotJson.Options);
        _cancellationToken = cancellationToken;
    }

    public static async Task<SnapshotReadResult> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var reader = new SnapshotReader(body, cancellationToken);
        try
        {
            return new SnapshotReadResult(await reader.ReadBundleAsync(), null);
        }
        catch (JsonException exception)
        {
            var inner = exception.Path is { Length: > 1 } path ? path[1..] : "";
            return new SnapshotReadResult(null, new SnapshotProblem(
                reader._path + inner,
                EcsErrorCodes.InvalidParameter,
                $"The snapshot is not a bundle of Describe* answers (at byte {reader._json.BytesConsumed}): {exception.Message}"));
        }
    }

    private async Task<RegionSnapshot> ReadBundleAsync()
    {
        Expect(await _json.ReadAsync(_cancellationToken), JsonTokenType.StartObject, "The body must be a JSON object.");
        var snapshot = new RegionSnapshot();
        while (await _json.ReadAsync(_cancellationToken) && _json.TokenType == JsonTokenType.PropertyName)
        {
            var name = _json.Text!;
            _path = $"$.{name}";
            snapshot = name.ToUpperInvariant() switch
            {
                "SNAPSHOTFORMAT" => snapshot with { SnapshotFormat = await _json.DeserializeAsync<string>(_cancellationToken) },
                "REGIONID" => snapshot with { RegionId = await _json.DeserializeAsync<string>(_cancellationToken) },
                "DESCRIBEVPCS" => snapshot with { DescribeVpcs = await AnswersAsync(name, "Vpcs", (s, l) => new DescribeVpcsAnswer { RegionId = s.GetValueOrDefault("REGIONID"), Vpcs = l }, ItemAsync<SnapshotVpc>) },
                "DESCRIBEVSWITCHES" => snapshot with { DescribeVSwitches = await AnswersAsync(name, "VSwitches", (s, l) => new DescribeVSwitchesAnswer { RegionId = s.GetValueOrDefault("REGIONID"), VSwitches = l }, ItemAsync<SnapshotVSwitch>) },
                "DESCRIBEPREFIXLISTS" => snapshot with { DescribePrefixLists = await AnswersAsync(name, "PrefixLists", (s, l) => new DescribePrefixListsAnswer { RegionId = s.GetValueOrDefault("REGIONID"), PrefixLists = l }, ItemAsync<SnapshotPrefixList>) },
                "DESCRIBEPREFIXLISTATTRIBUTES" => snapshot with { DescribePrefixListAttributes = await AnswersAsync(name, "Entries", (s, l) => new DescribePrefixListAttributesAnswer { PrefixListId = s.GetValueOrDefault("PREFIXLISTID"), Entries = l }, ItemAsync<SnapshotPrefixListEntry>) },
                "DESCRIBESECURITYGROUPS" => snapshot with { DescribeSecurityGroups = await AnswersAsync(name, "SecurityGroups", (s, l) => new DescribeSecurityGroupsAnswer { RegionId = s.GetValueOrDefault("REGIONID"), SecurityGroups = l }, ItemAsync<SnapshotSecurityGroup>) },
                "DESCRIBESECURITYGROUPATTRIBUTE" => snapshot with { DescribeSecurityGroupAttribute = await AnswersAsync(name, "Permissions", (s, l) => new DescribeSecurityGroupAttributeAnswer { RegionId = s.GetValueOrDefault("REGIONID"), SecurityGroupId = s.GetValueOrDefault("SECURITYGROUPID"), InnerAccessPolicy = s.GetValueOrDefault("INNERACCESSPOLICY"), Permissions = l }, ItemAsync<SnapshotRule>) },
                "DESCRIBENETWORKINTERFACES" => snapshot with { DescribeNetworkInterfaces = await AnswersAsync(name, "NetworkInterfaceSets", (s, l) => new DescribeNetworkInterfacesAnswer { RegionId = s.GetValueOrDefault("REGIONID"), NetworkInterfaceSets = l }, ItemAsync<SnapshotNetworkInterface>) },
                "DESCRIBEINSTANCES" => snapshot with { DescribeInstances = await AnswersAsync(name, "Instances", (s, l) => new DescribeInstancesAnswer { RegionId = s.GetValueOrDefault("REGIONID"), Instances = l }, ItemAsync<SnapshotInstance>) },
                _ => await SkipAsync(snapshot),
            };
        }

        _path = "$";
        Expect(_json.TokenType == JsonTokenType.EndObject, JsonTokenType.EndObject, "The bundle object is not closed.");
        return snapshot;
    }

    private async Task<RegionSnapshot> SkipAsync(RegionSnapshot snapshot)
    {
        await _json.SkipAsync(_cancellationToken);
        return snapshot;
    }

    /// <summary>One answer, or an array of answers, of <paramref name="action"/>.</summary>
    private async Task<IReadOnlyList<TAnswer>> AnswersAsync<TItem, TAnswer>(
        string action,
        string listProperty,
        Func<Dictionary<string, string>, WrappedList<TItem>?, TAnswer> answer,
        Func<int, Task<TItem?>> item)
    {
        var answers = new List<TAnswer>();
        Expect(await _json.ReadAsync(_cancellationToken), JsonTokenType.None, "");
        if (_json.TokenType == JsonTokenType.StartObject)
        {
            answers.Add(await AnswerAsync($"$.{action}[0]", listProperty, answer, item));
            return answers;
        }

        Expect(_json.TokenType == JsonTokenType.StartArray, JsonTokenType.StartArray, $"{action} must be an answer or an array of answers.");
        while (await _json.ReadAsync(_cancellationToken) && _json.TokenType == JsonTokenType.StartObject)
        {
            answers.Add(await AnswerAsync($"$.{action}[{answers.Count}]", listProperty, answer, item));
        }

        Expect(_json.TokenType == JsonTokenType.EndArray, JsonTokenType.EndArray, $"{action} must be an answer or an array of answers (objects).");
        return answers;
    }

    /// <summary>An answer whose StartObject was read: its list, and the few scalar fields kept.</summary>
    private async Task<TAnswer> AnswerAsync<TItem, TAnswer>(
        string path,
        string listProperty,
        Func<Dictionary<string, string>, WrappedList<TItem>?, TAnswer> answer,
        Func<int, Task<TItem?>> item)
    {
        var scalars = new Dictionary<string, string>(StringComparer.Ordinal);
        WrappedList<TItem>? list = null;
        while (await _json.ReadAsync(_cancellationToken) && _json.TokenType == JsonTokenType.PropertyName)
        {
            var name = _json.Text!;
            _path = $"{path}.{name}";
            if (list is null && string.Equals(name, listProperty, StringComparison.OrdinalIgnoreCase))
            {
                list = await ListAsync(_path, item);
            }
            else if (await _json.PeekAsync(_cancellationToken) is JsonTokenType.String or JsonTokenType.Number)
            {
                scalars[name.ToUpperInvariant()] = (await _json.DeserializeAsync<string>(_cancellationToken))!;
            }
            else
            {
                await _json.SkipAsync(_cancellationToken);
            }
        }

        _path = path;
        return answer(scalars, list);
    }

    /// <summary>A wrapped list <c>{"Item": [...]}</c> (or a bare array), read item by item.</summary>
    private async Task<WrappedList<TItem>> ListAsync<TItem>(string path, Func<int, Task<TItem?>> item)
    {
        Expect(await _json.ReadAsync(_cancellationToken), JsonTokenType.None, "");
        if (_json.TokenType == JsonTokenType.StartArray)
        {
            return new WrappedList<TItem>("", await ItemsAsync(path, item));
        }

        Expect(_json.TokenType == JsonTokenType.StartObject, JsonTokenType.StartObject, "A list must be {\"Item\": [...]}.");
        WrappedList<TItem>? list = null;
        while (await _json.ReadAsync(_cancellationToken) && _json.TokenType == JsonTokenType.PropertyName)
        {
            var name = _json.Text!;
            if (list is null && await _json.PeekAsync(_cancellationToken) == JsonTokenType.StartArray)
            {
                await _json.ReadAsync(_cancellationToken);
                list = new WrappedList<TItem>(name, await ItemsAsync($"{path}.{name}", item));
            }
            else
            {
                await _json.SkipAsync(_cancellationToken);
            }
        }

        return list ?? new WrappedList<TItem>("", []);
    }

    /// <summary>The items of an array whose StartArray was read.</summary>
    private async Task<List<TItem>> ItemsAsync<TItem>(string path, Func<int, Task<TItem?>> item)
    {
        var items = new List<TItem>();
        while (await _json.PeekAsync(_cancellationToken) is not (JsonTokenType.EndArray or JsonTokenType.None))
        {
            _path = $"{path}[{items.Count}]";
            items.Add(await item(items.Count) ?? throw new JsonException("An item is null."));
        }

        await _json.ReadAsync(_cancellationToken);
        _path = path;
        return items;
    }

    private async Task<T?> ItemAsync<T>(int index) => await _json.DeserializeAsync<T>(_cancellationToken);

    private static void Expect(bool condition, JsonTokenType expected, string message)
    {
        if (!condition)
        {
            throw new JsonException(message.Length > 0 ? message : $"Expected {expected}.");
        }
    }
}
