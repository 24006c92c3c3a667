using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;

namespace SgGrid.Domain.WhatIf;

/// <summary>One ENI of a world (production or a scenario): its private addresses and its effective policy.</summary>
/// <remarks>ENIs with identical groups may share one <see cref="EffectivePolicy"/> instance: the analysis groups them by content anyway.</remarks>
public sealed record WhatIfNetworkInterface(string NetworkInterfaceId, AddressSet Addresses, EffectivePolicy Policy);
