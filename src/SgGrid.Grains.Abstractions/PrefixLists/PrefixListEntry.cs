using SgGrid.Domain.Addresses;

namespace SgGrid.Grains.Abstractions.PrefixLists;

/// <summary>One entry of a prefix list: a CIDR block (unique within the list) and its description.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.PrefixListEntry")]
public sealed record PrefixListEntry(
    [property: Id(0)] IpCidr Cidr,
    [property: Id(1)] string Description = "");
