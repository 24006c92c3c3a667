using System.Collections.Immutable;
using SgGrid.Domain.Addresses;

namespace SgGrid.Domain.WhatIf;

/// <summary>One end of a difference: an ENI and the addresses of it concerned, or external addresses as minimal CIDR blocks.</summary>
public sealed record WhatIfEndpoint(string? NetworkInterfaceId, ImmutableArray<IpCidr> Cidrs)
{
    public bool IsExternal => NetworkInterfaceId is null;

    public override string ToString() => $"{NetworkInterfaceId ?? "external"} [{string.Join(", ", Cidrs)}]";
}
