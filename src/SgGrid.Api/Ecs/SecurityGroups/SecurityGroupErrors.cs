using SgGrid.Domain.Errors;
using SgGrid.Domain.Rules;

namespace SgGrid.Api.Ecs.SecurityGroups;

/// <summary>The errors the security-group actions answer themselves, before any grain is asked (ECS's codes and messages).</summary>
public static class SecurityGroupErrors
{
    /// <summary>Missing, malformed and other tenants' groups alike.</summary>
    public static EcsError NotFound() => new(EcsErrorCodes.SecurityGroupNotFound, "The specified SecurityGroupId does not exist.");

    /// <summary>A rule's <c>SourceGroupId</c> (ingress) or <c>DestGroupId</c> (egress) that cannot name a group.</summary>
    public static EcsError ReferencedGroupNotFound(Direction direction) => direction == Direction.Ingress
        ? new(EcsErrorCodes.SourceGroupNotFound, "The SourceGroupId provided does not exist in our records.")
        : new(EcsErrorCodes.DestGroupNotFound, "The DestGroupId provided does not exist in our records.");

    public static EcsError PrefixListNotFound() => new(EcsErrorCodes.PrefixListNotFound, "The specified PrefixListId does not exist.");
}
