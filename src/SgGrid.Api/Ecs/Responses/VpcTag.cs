namespace SgGrid.Api.Ecs.Responses;

/// <summary>A VPC-API tag in a response: <c>Key</c>/<c>Value</c>, unlike ECS's <c>TagKey</c>/<c>TagValue</c>.</summary>
public sealed record VpcTag(string Key, string Value);
