namespace SgGrid.Api.Ecs.Responses;

/// <summary>An ECS tag in a response (<c>TagKey</c>/<c>TagValue</c>; VPC responses use <see cref="VpcTag"/>).</summary>
public sealed record EcsTag(string TagKey, string TagValue);
