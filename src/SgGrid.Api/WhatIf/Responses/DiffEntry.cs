using System.Globalization;
using SgGrid.Api.Simulation.Responses;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Rules;
using SgGrid.Grains.Abstractions.Evaluation;
using SgGrid.Grains.Abstractions.Scenarios;

namespace SgGrid.Api.WhatIf.Responses;

/// <summary>
/// Flows whose verdict differs: from <see cref="Source"/> to <see cref="Destination"/> with a protocol in
/// <see cref="Protocols"/> and ports in the ranges (<c>first/last</c>; <c>0/0</c> for protocols without ports).
/// </summary>
public sealed record DiffEntry
{
    /// <summary><c>NewlyAllowed</c> or <c>NewlyDenied</c>.</summary>
    public required string Change { get; init; }

    /// <summary><c>IPv4</c> or <c>IPv6</c>.</summary>
    public required string IpVersion { get; init; }

    public required DiffEnd Source { get; init; }

    public required DiffEnd Destination { get; init; }

    /// <summary>Protocol names (<c>TCP</c>) or numbers, and ranges of numbers (<c>7-16</c>).</summary>
    public required ProtocolList Protocols { get; init; }

    public required PortRangeList SourcePortRanges { get; init; }

    public required PortRangeList DestinationPortRanges { get; init; }

    public required DiffSides Production { get; init; }

    public required DiffSides Scenario { get; init; }

    public static DiffEntry From(WhatIfDiffEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new DiffEntry
        {
            Change = entry.Change.ToString(),
            IpVersion = entry.Family == IpFamily.IPv4 ? "IPv4" : "IPv6",
            Source = new DiffEnd(entry.Source.NetworkInterfaceId, new CidrList(entry.Source.Cidrs)),
            Destination = new DiffEnd(entry.Destination.NetworkInterfaceId, new CidrList(entry.Destination.Cidrs)),
            Protocols = new ProtocolList([.. entry.Protocols.Select(ProtocolText)]),
            SourcePortRanges = new PortRangeList([.. entry.SourcePorts.Select(PortText)]),
            DestinationPortRanges = new PortRangeList([.. entry.DestinationPorts.Select(PortText)]),
            Production = Sides(entry.ProductionSource, entry.ProductionDestination, entry.Source, entry.Destination),
            Scenario = Sides(entry.ScenarioSource, entry.ScenarioDestination, entry.Source, entry.Destination),
        };
    }

    private static DiffSides Sides(SideExplanation? source, SideExplanation? destination, WhatIfDiffEnd from, WhatIfDiffEnd to)
    {
        var sourceSide = source is null ? FlowSide.External : FlowSide.From(from.NetworkInterfaceId!, source);
        var destinationSide = destination is null ? FlowSide.External : FlowSide.From(to.NetworkInterfaceId!, destination);
        return new DiffSides(sourceSide.Allowed && destinationSide.Allowed, sourceSide, destinationSide);
    }

    private static string ProtocolText(WhatIfValueRange range) =>
        range.First == range.Last ? IpProtocol.FromNumber((byte)range.First).ToString() : string.Create(CultureInfo.InvariantCulture, $"{range.First}-{range.Last}");

    private static string PortText(WhatIfValueRange range) => string.Create(CultureInfo.InvariantCulture, $"{range.First}/{range.Last}");
}
