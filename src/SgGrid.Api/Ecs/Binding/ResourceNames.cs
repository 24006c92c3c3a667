using SgGrid.Api.Ecs.Errors;

namespace SgGrid.Api.Ecs.Binding;

/// <summary>ECS's rule for resource names: 2-128 characters, starting with a letter (Chinese included), then letters, digits, <c>: _ . -</c>; never a URL.</summary>
public static class ResourceNames
{
    /// <summary>Reads an optional name parameter under ECS's naming rule; <c>Invalid{Name}.Malformed</c> when it breaks it.</summary>
    public static string? Read(ParameterReader reader, string parameter, int minLength = 2, int maxLength = 128)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var name = reader.Optional(parameter, int.MaxValue);
        if (name is null)
        {
            return null;
        }

        if (!IsValid(name, minLength, maxLength))
        {
            reader.Fail(ApiErrors.Malformed(parameter,
                $"It must be {minLength} to {maxLength} characters, start with a letter, and contain only letters, digits, colons, underscores, periods and hyphens."));
            return null;
        }

        return name;
    }

    public static bool IsValid(string name, int minLength = 2, int maxLength = 128)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length < minLength || name.Length > maxLength || !char.IsLetter(name[0])
            || name.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || name.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return name.All(c => char.IsLetterOrDigit(c) || c is ':' or '_' or '.' or '-');
    }
}
