using System.Collections.Immutable;
using System.Globalization;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Domain.Errors;

namespace SgGrid.Api.Ecs.Binding;

/// <summary>
/// Typed reads of an action's parameters. Every read that fails records an error (the first one is kept and answered)
/// and returns a harmless default, so an action reads everything, then checks <see cref="Error"/> once.
/// </summary>
/// <remarks>Booleans accept <c>true</c>/<c>false</c> in any case (Python SDKs send <c>True</c>); numbers are invariant decimals.</remarks>
public sealed class ParameterReader(RpcParameters parameters)
{
    /// <summary>The longest single value accepted (a rule description is at most 512; tokens and names far less).</summary>
    public const int MaxValueLength = 4096;

    public RpcParameters Parameters { get; } = parameters ?? throw new ArgumentNullException(nameof(parameters));

    /// <summary>The first error met, or null.</summary>
    public EcsError? Error { get; private set; }

    public bool HasError => Error is not null;

    /// <summary>Records <paramref name="error"/> unless an earlier one is kept.</summary>
    public void Fail(EcsError error) => Error ??= error;

    public bool Has(string name) => Parameters.Get(name) is not null;

    /// <summary>A required string: <c>Missing{Name}</c> when absent or empty.</summary>
    public string Required(string name, int maxLength = MaxValueLength)
    {
        var value = Optional(name, maxLength);
        if (value is null && !HasError)
        {
            Fail(ApiErrors.Missing(name));
        }

        return value ?? "";
    }

    /// <summary>An optional string, null when absent or empty; <c>Invalid{Name}.Malformed</c> when longer than <paramref name="maxLength"/>.</summary>
    public string? Optional(string name, int maxLength = MaxValueLength)
    {
        var value = Parameters.Get(name);
        if (value is not null && value.Length > maxLength)
        {
            Fail(ApiErrors.Malformed(name, $"It must be at most {maxLength} characters."));
            return null;
        }

        return value;
    }

    /// <summary>An optional string whose length, when given, must lie in [<paramref name="minLength"/>, <paramref name="maxLength"/>].</summary>
    public string? Text(string name, int minLength, int maxLength, bool noUrl = false)
    {
        var value = Optional(name, int.MaxValue);
        if (value is null)
        {
            return null;
        }

        if (value.Length < minLength || value.Length > maxLength)
        {
            Fail(ApiErrors.Malformed(name, $"It must be {minLength} to {maxLength} characters."));
            return null;
        }

        if (noUrl && (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
        {
            Fail(ApiErrors.Malformed(name, "It cannot start with http:// or https://."));
            return null;
        }

        // Descriptions are text for people: control characters (NUL, line breaks, escapes) are refused, as ECS refuses
        // them in names (docs/semantics.md, "Request gateway").
        if (value.Any(char.IsControl))
        {
            Fail(ApiErrors.Malformed(name, "It cannot contain control characters."));
            return null;
        }

        return value;
    }

    /// <summary>An optional integer in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int? Number(string name, int min = int.MinValue, int max = int.MaxValue)
    {
        var value = Parameters.Get(name);
        if (value is null)
        {
            return null;
        }

        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            Fail(ApiErrors.Malformed(name, $"It must be an integer from {min} to {max}."));
            return null;
        }

        return number;
    }

    /// <summary>An optional non-negative 64-bit integer (account ids).</summary>
    public long? AccountNumber(string name)
    {
        var value = Parameters.Get(name);
        if (value is null)
        {
            return null;
        }

        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            Fail(ApiErrors.Malformed(name, "It must be a non-negative integer."));
            return null;
        }

        return number;
    }

    /// <summary>An optional boolean: <c>true</c> or <c>false</c>, any case.</summary>
    public bool? Bool(string name)
    {
        var value = Parameters.Get(name);
        if (value is null)
        {
            return null;
        }

        if (bool.TryParse(value, out var flag))
        {
            return flag;
        }

        Fail(ApiErrors.Malformed(name, "It must be true or false."));
        return null;
    }

    /// <summary>An optional value parsed by <paramref name="tryParse"/>; <c>Invalid{Name}.Malformed</c> (or <paramref name="error"/>) when it does not parse.</summary>
    public T? Parse<T>(string name, TryParser<T> tryParse, EcsError? error = null)
        where T : struct
    {
        var value = Parameters.Get(name);
        if (value is null)
        {
            return null;
        }

        if (value.Length <= MaxValueLength && tryParse(value, out var parsed))
        {
            return parsed;
        }

        Fail(error ?? ApiErrors.Malformed(name));
        return null;
    }

    /// <summary>A <c>Name.N</c> list (or a JSON-array string in <c>Name</c>) of at most <paramref name="maxCount"/> values.</summary>
    public ImmutableArray<string> List(string name, int maxCount, int maxLength = MaxValueLength)
    {
        var (values, error) = Parameters.GetList(name);
        if (error is not null)
        {
            Fail(ApiErrors.Malformed(name, error));
            return [];
        }

        if (values.Count > maxCount)
        {
            Fail(ApiErrors.Malformed(name, $"At most {maxCount} values are allowed."));
            return [];
        }

        if (values.Any(v => v.Length > maxLength))
        {
            Fail(ApiErrors.Malformed(name, $"A value must be at most {maxLength} characters."));
            return [];
        }

        return [.. values];
    }

    /// <summary>The <c>Name.N.*</c> entries, at most <paramref name="maxCount"/>, each readable with its own reader.</summary>
    public IReadOnlyList<(int Index, ParameterReader Entry)> Objects(string name, int maxCount)
    {
        var (entries, error) = Parameters.GetObjects(name);
        if (error is not null)
        {
            Fail(ApiErrors.Malformed(name, error));
            return [];
        }

        if (entries.Count > maxCount)
        {
            Fail(ApiErrors.Malformed(name, $"At most {maxCount} entries are allowed."));
            return [];
        }

        return [.. entries.Select(e => (e.Index, new ParameterReader(e.Entry)))];
    }

    /// <summary>Adopts the first error an entry reader met, prefixing nothing (entry errors name their own fields).</summary>
    public void Absorb(ParameterReader entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Error is { } error)
        {
            Fail(error);
        }
    }

    /// <summary>A try-parse function over text.</summary>
    public delegate bool TryParser<T>(string text, out T value);
}
