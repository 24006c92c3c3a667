namespace SgGrid.Grains.Abstractions.Instances;

/// <summary>ECS instance type names, <c>ecs.{family}.{size}</c> (e.g. <c>ecs.g7.large</c>): SgGrid checks their shape and derives the family; it keeps no catalog of types.</summary>
public static class InstanceTypes
{
    /// <summary>Whether <paramref name="instanceType"/> reads <c>ecs.</c>, a family and a size of lowercase letters, digits and hyphens.</summary>
    public static bool IsWellFormed(string? instanceType)
    {
        if (instanceType is null || instanceType.Length > 64)
        {
            return false;
        }

        var parts = instanceType.Split('.');
        return parts.Length == 3 && parts[0] == "ecs" && parts.Skip(1).All(IsPart);
    }

    /// <summary>The family, <c>ecs.g7</c> for <c>ecs.g7.large</c>; empty when the type is not well formed.</summary>
    public static string FamilyOf(string? instanceType) =>
        IsWellFormed(instanceType) ? instanceType![..instanceType!.LastIndexOf('.')] : "";

    private static bool IsPart(string part) =>
        part.Length > 0 && char.IsAsciiLetterOrDigit(part[0]) && part.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
