using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.Snapshots.Documents;

namespace SgGrid.Domain.FlowLogs;

/// <summary>
/// Realistic flow logs for a region snapshot (tests, the README, the load harness): mostly traffic to the ENIs on the ports
/// their groups' ingress rules open, from the addresses those rules name (recorded ACCEPT); egress to the VPC and the
/// internet (ACCEPT); port scans from the internet and attempts on SSH/RDP from inside the VPC (recorded REJECT).
/// Deterministic for a seed; records are made lazily, so a 10 M-record log costs no memory.
/// </summary>
public static class FlowLogGenerator
{
    private static readonly ushort[] ProbedPorts = [22, 3389, 23, 445, 1433, 5900];

    public static IEnumerable<FlowLogRecord> Generate(RegionSnapshot snapshot, FlowLogShape shape)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(shape);
        var enis = Endpoints(snapshot);
        if (enis.Length == 0)
        {
            yield break;
        }

        var random = new Random(shape.Seed);
        for (long line = 1; line <= shape.Records; line++)
        {
            var eni = enis[random.Next(enis.Length)];
            var kind = random.NextDouble();
            var packets = random.Next(1, 1000);
            var bytes = packets * (long)random.Next(60, 1500);
            var start = shape.StartUnixSeconds + (line / 1000);
            FlowLogRecord record;
            if (kind < shape.ScanShare)
            {
                var port = (ushort)random.Next(1, 65536);
                record = new(eni.Id, Direction.Ingress, Tcp(PublicAddress(random), eni.Address, random, port), 1, 60, FlowLogAction.Reject, start, line);
            }
            else if (kind < shape.ScanShare + shape.RejectShare)
            {
                var peer = enis[random.Next(enis.Length)].Address;
                record = new(eni.Id, Direction.Ingress, Tcp(peer, eni.Address, random, ProbedPorts[random.Next(ProbedPorts.Length)]), 3, 180, FlowLogAction.Reject, start, line);
            }
            else if (kind < shape.ScanShare + shape.RejectShare + shape.EgressShare || eni.Opened.Length == 0)
            {
                var destination = random.Next(2) == 0 ? enis[random.Next(enis.Length)].Address : PublicAddress(random);
                record = new(eni.Id, Direction.Egress, Tcp(eni.Address, destination, random, 443), packets, bytes, FlowLogAction.Accept, start, line);
            }
            else
            {
                var (protocol, ports, source) = eni.Opened[random.Next(eni.Opened.Length)];
                var from = source.Prefix == 0 ? PublicAddress(random) : source.Base + (uint)(random.NextInt64(0, 1L << Math.Min(32 - source.Prefix, 16)));
                var flow = protocol is IpProtocol.TcpNumber or IpProtocol.UdpNumber
                    ? new Flow(IpFamily.IPv4, from, eni.Address, protocol, (ushort)random.Next(1024, 65536), (ushort)random.Next(ports.From, ports.To + 1))
                    : new Flow(IpFamily.IPv4, from, eni.Address, protocol, 0, 0);
                record = new(eni.Id, Direction.Ingress, flow, packets, bytes, FlowLogAction.Accept, start, line);
            }

            yield return record;
        }
    }

    private static Flow Tcp(uint source, uint destination, Random random, ushort port) =>
        new(IpFamily.IPv4, source, destination, IpProtocol.TcpNumber, (ushort)random.Next(1024, 65536), port);

    /// <summary>An address in 100.0.0.0-199.255.255.255 outside the private ranges (public traffic).</summary>
    private static uint PublicAddress(Random random) => (uint)random.NextInt64(0x64000000L, 0xC8000000L) | 1u;

    private static Endpoint[] Endpoints(RegionSnapshot snapshot)
    {
        var members = new Dictionary<string, List<uint>>(StringComparer.Ordinal);
        var interfaces = snapshot.DescribeNetworkInterfaces.SelectMany(a => a.NetworkInterfaceSets?.Items ?? []).ToArray();
        foreach (var eni in interfaces)
        {
            if (eni.PrivateIpAddress is { } text && NetworkAddress.TryParse(text, out var address) && address.Family == IpFamily.IPv4)
            {
                foreach (var group in eni.SecurityGroupIds?.Items ?? [])
                {
                    (members.TryGetValue(group, out var list) ? list : members[group] = []).Add((uint)address.Value);
                }
            }
        }

        var opened = snapshot.DescribeSecurityGroupAttribute.Where(a => a.SecurityGroupId is not null).ToDictionary(
            a => a.SecurityGroupId!,
            a => (a.Permissions?.Items ?? []).Select(r => Opening(r, members)).OfType<(byte, PortRange, (uint, int))>().ToArray(),
            StringComparer.Ordinal);
        return [.. interfaces
            .Where(e => e.NetworkInterfaceId is not null && e.PrivateIpAddress is not null && NetworkAddress.TryParse(e.PrivateIpAddress, out var a) && a.Family == IpFamily.IPv4)
            .Select(e => new Endpoint(e.NetworkInterfaceId!, (uint)NetworkAddress.Parse(e.PrivateIpAddress!).Value,
                [.. (e.SecurityGroupIds?.Items ?? []).SelectMany(g => opened.GetValueOrDefault(g) ?? [])]))];
    }

    /// <summary>An ingress Accept rule as (protocol, ports, source block); a group source stands for one of its members.</summary>
    private static (byte Protocol, PortRange Ports, (uint Base, int Prefix) Source)? Opening(SnapshotRule rule, Dictionary<string, List<uint>> members)
    {
        if (!string.Equals(rule.Direction, "ingress", StringComparison.OrdinalIgnoreCase) || string.Equals(rule.Policy, "Drop", StringComparison.OrdinalIgnoreCase) ||
            !IpProtocol.TryParse(rule.IpProtocol ?? "", acceptNumeric: true, out var protocol))
        {
            return null;
        }

        var number = protocol.IsAll ? IpProtocol.TcpNumber : protocol.Number;
        var ports = PortRange.TryParse(rule.PortRange ?? "-1/-1", out var range) && !range.IsAll ? range : PortRange.Of(443);
        if (IpCidr.TryParse(rule.SourceCidrIp ?? "", out var cidr) && cidr.Family == IpFamily.IPv4)
        {
            return (number, ports, ((uint)cidr.First, cidr.PrefixLength));
        }

        return rule.SourceGroupId is { } group && members.TryGetValue(group, out var list) && list.Count > 0
            ? (number, ports, (list[0], 32))
            : null;
    }

    private sealed record Endpoint(string Id, uint Address, (byte Protocol, PortRange Ports, (uint Base, int Prefix) Source)[] Opened);
}
