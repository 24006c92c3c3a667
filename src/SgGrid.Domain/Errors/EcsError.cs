namespace SgGrid.Domain.Errors;

/// <summary>An expected failure with ECS's exact error code and message.</summary>
/// <param name="Code">The ECS code, e.g. <c>InvalidPriority.ValueNotSupported</c>.</param>
/// <param name="Message">The message ECS returns with it.</param>
/// <param name="Index">The 1-based <c>Permissions.N</c> (or <c>SecurityGroupRuleId.N</c>) index the error concerns, or 0 for the request as a whole.</param>
public sealed record EcsError(string Code, string Message, int Index = 0)
{
    public override string ToString() => Index > 0 ? $"{Code} (Permissions.{Index}): {Message}" : $"{Code}: {Message}";
}
