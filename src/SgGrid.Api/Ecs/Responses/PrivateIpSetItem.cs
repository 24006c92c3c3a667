namespace SgGrid.Api.Ecs.Responses;

/// <summary>One private IPv4 address of an ENI; <c>Primary</c> marks the ENI's primary address.</summary>
public sealed record PrivateIpSetItem(string PrivateIpAddress, bool Primary);
