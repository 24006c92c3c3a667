using SgGrid.Domain.Addresses;

namespace SgGrid.Grains.Abstractions.PrefixLists;

/// <summary>What a new user of a prefix list learns: its entries, and its MaxEntries (what each of the user's rules of it weighs, D5).</summary>
[GenerateSerializer, Immutable, Alias("sggrid.PrefixListUse")]
public sealed record PrefixListUse(
    [property: Id(0)] AddressSet Entries,
    [property: Id(1)] int MaxEntries);
