using SgGrid.Domain.Addresses;

namespace SgGrid.Grains.Abstractions.Serialization;

/// <summary>Wire form of <see cref="AddressSet"/>. The domain knows nothing of Orleans, so its types travel as surrogates.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.addressset")]
public struct AddressSetSurrogate
{
    /// <summary>The set's minimal CIDR blocks.</summary>
    [Id(0)] public IpCidr[]? Blocks;
}
