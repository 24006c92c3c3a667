namespace SgGrid.Domain.Errors;

/// <summary>The ECS error codes SgGrid emits, spelled exactly as ECS spells them (typos included).</summary>
public static class EcsErrorCodes
{
    // Security groups on one ENI.
    /// <summary>Basic and advanced groups on one ENI. ECS's exact code for this is not documented; this one is SgGrid's.</summary>
    public const string SecurityGroupTypeMismatch = "InvalidSecurityGroup.TypeMismatch";
    public const string MissingSecurityGroup = "MissingParameter.SecurityGroupId";
}
