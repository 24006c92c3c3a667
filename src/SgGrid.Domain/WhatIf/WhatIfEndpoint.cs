using System.Collections.Immutable;
using SgGrid.Domain.Addresses;

namespace SgGrid.Domain.WhatIf;

/// <summary>One end of a difference: an ENI and the addresses of it concerned, or external addresses as minimal CIDR blocks.</summary>
/// <param name="NetworkInterfaceId">The scenario's ENI holding the addresses, else production's; null when neither world has one.</param>
/// <param name="Cidrs">The addresses concerned, as minimal CIDR blocks.</param>
public sealed record WhatIfEndpoint(string? NetworkInterfaceId, ImmutableArray<IpCidr> Cidrs)
{
    /// <summary>The ENI holding these addresses in production (null: external there), whose policy explains production's decision.</summary>
    public string? ProductionNetworkInterfaceId { get; init; }

    /// <summary>The ENI holding these addresses in the scenario (null: external there).</summary>
    public string? ScenarioNetworkInterfaceId { get; init; }

    public bool IsExternal => NetworkInterfaceId is null;

    public override string ToString() => $"{NetworkInterfaceId ?? "external"} [{string.Join(", ", Cidrs)}]";
}
