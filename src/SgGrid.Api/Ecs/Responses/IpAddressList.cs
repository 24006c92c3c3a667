namespace SgGrid.Api.Ecs.Responses;

/// <summary><c>{"IpAddress": ["…"]}</c>: an instance's private (or public, inner) addresses.</summary>
public sealed record IpAddressList(IReadOnlyList<string> IpAddress);
