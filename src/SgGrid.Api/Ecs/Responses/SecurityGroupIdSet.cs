namespace SgGrid.Api.Ecs.Responses;

/// <summary><c>"SecurityGroupIds": {"SecurityGroupId": ["sg-…"]}</c> of an ENI or instance, in association order.</summary>
public sealed record SecurityGroupIdSet(IReadOnlyList<string> SecurityGroupId);
