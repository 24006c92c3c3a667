using SgGrid.Domain.Addresses;

namespace SgGrid.Grains.Abstractions.SecurityGroups;

/// <summary>One member of a bulk join: an ENI and its private addresses.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.GroupMember")]
public sealed record GroupMember([property: Id(0)] string NetworkInterfaceId, [property: Id(1)] AddressSet Addresses);
