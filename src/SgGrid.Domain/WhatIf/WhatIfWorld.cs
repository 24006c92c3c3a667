using System.Collections.Immutable;

namespace SgGrid.Domain.WhatIf;

/// <summary>Every ENI of a VPC in one world; an address no ENI holds is external (the Internet, or another VPC).</summary>
public sealed record WhatIfWorld(ImmutableArray<WhatIfNetworkInterface> NetworkInterfaces);
