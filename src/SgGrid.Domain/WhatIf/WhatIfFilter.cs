using SgGrid.Domain.Addresses;
using SgGrid.Domain.Analysis;

namespace SgGrid.Domain.WhatIf;

/// <summary>Limits a diff to flows from some addresses, to some addresses, or of some protocols (null: no limit).</summary>
public sealed record WhatIfFilter
{
    public static WhatIfFilter None { get; } = new();

    public AddressSet? Sources { get; init; }

    public AddressSet? Destinations { get; init; }

    /// <summary>Protocol numbers 0-255.</summary>
    public ValueSet? Protocols { get; init; }
}
