using SgGrid.Domain.Addresses;
using SgGrid.Domain.Analysis;

namespace SgGrid.Domain.WhatIf;

/// <summary>
/// Flows whose verdict differs between production and the scenario: every flow from <see cref="Source"/> to
/// <see cref="Destination"/> with a protocol, source port and destination port in these sets (TCP and UDP carry ports
/// 1-65535, other protocols port 0), with the decisions of both sides in both worlds.
/// </summary>
public sealed record WhatIfDifference(
    IpFamily Family,
    WhatIfEndpoint Source,
    WhatIfEndpoint Destination,
    ValueSet Protocols,
    ValueSet SourcePorts,
    ValueSet DestinationPorts,
    WhatIfChange Change,
    WhatIfSides Production,
    WhatIfSides Scenario);
