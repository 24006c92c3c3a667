using SgGrid.Domain.Addresses;

namespace SgGrid.Grains.Abstractions.Serialization;

/// <summary>Wire form of <see cref="IpCidr"/>. The domain knows nothing of Orleans, so its types travel as surrogates.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.cidr")]
public struct IpCidrSurrogate
{
    [Id(0)] public ulong High;
    [Id(1)] public ulong Low;
    [Id(2)] public byte PrefixLength;
    [Id(3)] public IpFamily Family;
}
