using SgGrid.Api.Ecs.Errors;

namespace SgGrid.Api.Ecs.Binding;

/// <summary>Parameters that take one of a few ECS words (<c>Status</c>, <c>Type</c>, <c>InstanceNetworkType</c>).</summary>
public static class ChoiceParameters
{
    /// <summary>
    /// An optional value among <paramref name="allowed"/>, matched in any case and answered in ECS's spelling;
    /// <c>Invalid{Name}.Malformed</c> for any other value.
    /// </summary>
    public static string? Read(ParameterReader reader, string parameter, IReadOnlyList<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(allowed);
        var value = reader.Optional(parameter, 32);
        if (value is null)
        {
            return null;
        }

        var known = allowed.FirstOrDefault(a => a.Equals(value, StringComparison.OrdinalIgnoreCase));
        if (known is null)
        {
            reader.Fail(ApiErrors.Malformed(parameter, $"It must be one of {string.Join(", ", allowed)}."));
        }

        return known;
    }
}
