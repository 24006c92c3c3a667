using System.Collections.Immutable;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Simulation.Binding;
using SgGrid.Api.Simulation.Responses;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Analysis;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Grains.Abstractions.Analysis;
using SgGrid.Grains.Abstractions.Evaluation;

namespace SgGrid.Api.Simulation.Actions;

/// <summary>
/// DescribeReachability (SgGrid 2026-11-28): exactly which flows from <c>Source</c> to <c>Destination</c> are allowed end to
/// end, for every protocol: the destination ports (per band of source ports where quintuple rules make the source port
/// matter) as merged ranges, each with the rule or implicit reason deciding each side. Not samples: the answer is computed
/// from the rules' boundaries, so every port of a range is decided alike. <c>IpVersion</c> (4 or 6) picks the family when
/// both ends are ENIs.
/// </summary>
public sealed class DescribeReachability : IRpcAction
{
    public string Name => nameof(DescribeReachability);

    public string Version => ApiVersions.Simulation;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var sourceText = reader.Required("Source", 64);
        var destinationText = reader.Required("Destination", 64);
        var ipVersion = reader.Number("IpVersion", 4, 6);
        if (reader.Error is { } error)
        {
            return error;
        }

        if (ipVersion is 5)
        {
            return ApiErrors.Malformed("IpVersion", "It must be 4 or 6.");
        }

        if (!FlowEndName.TryParse(sourceText, out var sourceName))
        {
            return ApiErrors.Malformed("Source", "Name an ENI id, an instance id or an IP address.");
        }

        if (!FlowEndName.TryParse(destinationText, out var destinationName))
        {
            return ApiErrors.Malformed("Destination", "Name an ENI id, an instance id or an IP address.");
        }

        var family = ipVersion switch { 4 => IpFamily.IPv4, 6 => IpFamily.IPv6, _ => (IpFamily?)null };
        var (source, destination, resolveError) = await new FlowEndResolver(region!).ResolveAsync(sourceName, destinationName, family: family);
        if (resolveError is not null)
        {
            return resolveError;
        }

        var sourceSide = source!.NetworkInterfaceId is { } s
            ? await region!.NetworkInterface(s).AnalyzeReachabilityAsync(Direction.Egress, source.Address, destination!.Address)
            : null;
        var destinationSide = destination!.NetworkInterfaceId is { } d
            ? await region!.NetworkInterface(d).AnalyzeReachabilityAsync(Direction.Ingress, destination.Address, source.Address)
            : null;
        foreach (var side in new[] { sourceSide, destinationSide })
        {
            if (side is { Succeeded: false })
            {
                return RpcResult.Fail(side.Errors);
            }
        }

        var report = ReachabilityAnalyzer.Combine(source.Address, destination.Address,
            ToDomain(Direction.Egress, sourceSide?.Value), ToDomain(Direction.Ingress, destinationSide?.Value));
        var explainSource = Explainer(source, sourceSide?.Value);
        var explainDestination = Explainer(destination, destinationSide?.Value);
        return RpcResult.Ok(new Response(
            source.Name,
            source.Address.ToString(),
            destination.Name,
            destination.Address.ToString(),
            new ProtocolList([.. report.Protocols.Select(p => new ProtocolEntry(
                p.Protocol.ToString(),
                Numbers(p.Numbers),
                p.AnyAllowed,
                new BandList([.. p.Bands.Select(b => new Band(
                    Ports(b.SourcePorts, p.Protocol),
                    new PortRangeList([.. b.AllowedDestinationPorts.Select(r => Ports(r, p.Protocol))]),
                    new RangeList([.. b.Ranges.Select(r => new Range(Ports(r.DestinationPorts, p.Protocol), r.Allowed, explainSource(r.Source), explainDestination(r.Destination)))])))])))])));
    }

    private static SideReachability? ToDomain(Direction direction, SideReachabilityView? view) => view is null
        ? null
        : new SideReachability(direction, [.. view.Planes.Select(p => new ProtocolPlane(new ReachabilityProtocol(p.Number, p.IsOther), [.. p.SourceStarts], [.. p.DestinationStarts], [.. p.Cells]))]);

    private static Func<FilterDecision?, FlowSide> Explainer(FlowEnd end, SideReachabilityView? view)
    {
        var explanations = view?.Explanations.ToDictionary(e => e.Decision) ?? new Dictionary<FilterDecision, SideExplanation>();
        return decision => decision is { } d && end.NetworkInterfaceId is { } id ? FlowSide.From(id, explanations[d]) : FlowSide.External;
    }

    /// <summary><c>22/22</c>; protocols without ports show <c>-1/-1</c>.</summary>
    private static string Ports(PortRange range, ReachabilityProtocol protocol) => protocol.HasPorts ? $"{range.From}/{range.To}" : "-1/-1";

    /// <summary>The protocol numbers as ranges: <c>6</c>, or <c>0,2-5,7-16,…</c> for the other protocols.</summary>
    private static string Numbers(ImmutableArray<byte> numbers)
    {
        var parts = new List<string>();
        for (var i = 0; i < numbers.Length;)
        {
            var j = i;
            while (j + 1 < numbers.Length && numbers[j + 1] == numbers[j] + 1)
            {
                j++;
            }

            parts.Add(i == j ? $"{numbers[i]}" : $"{numbers[i]}-{numbers[j]}");
            i = j + 1;
        }

        return string.Join(',', parts);
    }

    public sealed record Response(string Source, string SourceAddress, string Destination, string DestinationAddress, ProtocolList Protocols);

    public sealed record ProtocolList(IReadOnlyList<ProtocolEntry> Protocol);

    public sealed record ProtocolEntry(string Protocol, string ProtocolNumbers, bool AnyAllowed, BandList Bands);

    public sealed record BandList(IReadOnlyList<Band> Band);

    public sealed record Band(string SourcePortRange, PortRangeList AllowedDestinationPortRanges, RangeList Ranges);

    public sealed record PortRangeList(IReadOnlyList<string> PortRange);

    public sealed record RangeList(IReadOnlyList<Range> Range);

    public sealed record Range(string DestinationPortRange, bool Allowed, FlowSide SourceSide, FlowSide DestinationSide);
}
