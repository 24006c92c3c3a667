using System.Collections.Immutable;
using SgGrid.Domain.Addresses;

namespace SgGrid.Grains.Abstractions.VSwitches;

/// <summary>Private addresses a vSwitch handed out, in allocation order (the first is meant to be the ENI's primary).</summary>
[GenerateSerializer, Immutable, Alias("sggrid.AddressAllocation")]
public sealed record AddressAllocation(
    [property: Id(0)] ImmutableArray<NetworkAddress> Addresses);
