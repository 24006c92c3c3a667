using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Domain.Rules;

namespace SgGrid.Api.Simulation.Binding;

/// <summary>
/// A flow's protocol and ports: <c>Protocol</c> (TCP, UDP, ICMP, ICMPv6, GRE or 0-255), and for TCP and UDP <c>DestinationPort</c>
/// and <c>SourcePort</c> (default 33000), 1-65535 (<see cref="PortRange.ConnectionPorts"/>).
/// </summary>
/// <remarks>
/// Port 0 is refused (docs/semantics.md, "Port 0"): no connection uses it, rules cannot name it, and DescribeReachability and
/// the what-if diff answer over ports 1-65535 — so CheckFlow, CheckFlows, reachability and the diff all speak of one port space.
/// </remarks>
public static class FlowParameters
{
    public const ushort DefaultSourcePort = 33000;

    /// <summary>Reads the protocol and ports; errors name <paramref name="prefix"/> (e.g. <c>Flows.3.</c>) before each parameter.</summary>
    public static (byte Protocol, ushort SourcePort, ushort DestinationPort) Read(ParameterReader reader, string prefix = "") =>
        Read(reader, prefix, ignorePortlessPorts: false, out _);

    /// <summary>
    /// Reads the protocol and ports as CheckFlows does, leniently where real traffic records are: a port number (0-65535) given
    /// with a protocol that carries none is ignored (<paramref name="portsIgnored"/>), not refused.
    /// </summary>
    public static (byte Protocol, ushort SourcePort, ushort DestinationPort) ReadLenient(ParameterReader reader, string prefix, out bool portsIgnored) =>
        Read(reader, prefix, ignorePortlessPorts: true, out portsIgnored);

    private static (byte Protocol, ushort SourcePort, ushort DestinationPort) Read(ParameterReader reader, string prefix, bool ignorePortlessPorts, out bool portsIgnored)
    {
        portsIgnored = false;
        ArgumentNullException.ThrowIfNull(reader);
        var text = reader.Optional("Protocol", 16);
        var destination = reader.Optional("DestinationPort", 16);
        var source = reader.Optional("SourcePort", 16);
        if (reader.HasError)
        {
            return default;
        }

        if (text is null)
        {
            reader.Fail(ApiErrors.Missing(prefix + "Protocol"));
            return default;
        }

        if (!IpProtocol.TryParse(text, acceptNumeric: true, out var protocol))
        {
            reader.Fail(ApiErrors.Malformed(prefix + "Protocol", "Use TCP, UDP, ICMP, ICMPv6, GRE or a protocol number 0-255."));
            return default;
        }

        if (protocol.IsAll)
        {
            reader.Fail(ApiErrors.Malformed(prefix + "Protocol", "ALL is a rule's protocol, not a flow's: name one protocol."));
            return default;
        }

        if (!protocol.HasPorts)
        {
            if (ignorePortlessPorts && AnyPortNumber(destination) && AnyPortNumber(source))
            {
                portsIgnored = destination is not null || source is not null;
                return (protocol.Number, 0, 0);
            }

            if (destination is not null || source is not null)
            {
                reader.Fail(ApiErrors.Malformed(prefix + (destination is not null ? "DestinationPort" : "SourcePort"), $"{protocol} carries no ports; only TCP and UDP do."));
            }

            return (protocol.Number, 0, 0);
        }

        if (destination is null)
        {
            reader.Fail(ApiErrors.Missing(prefix + "DestinationPort"));
            return default;
        }

        return (protocol.Number, Port(reader, prefix + "SourcePort", source) ?? DefaultSourcePort, Port(reader, prefix + "DestinationPort", destination) ?? 0);
    }

    /// <summary>Absent, or a number a port field can hold (0-65535): what a real record of a portless protocol carries.</summary>
    private static bool AnyPortNumber(string? text) =>
        text is null || ushort.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _);

    private static ushort? Port(ParameterReader reader, string name, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (!ushort.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) ||
            !PortRange.ConnectionPorts.Contains(port))
        {
            reader.Fail(ApiErrors.Malformed(name, "A TCP or UDP port is an integer from 1 to 65535 (port 0 is no connection's port: rules cannot name it)."));
            return null;
        }

        return port;
    }
}
