namespace SgGrid.Api.Ecs.Responses;

/// <summary>One IPv6 address of an ENI.</summary>
public sealed record Ipv6SetItem(string Ipv6Address);
