using System.Globalization;
using SgGrid.Domain.Validation;

namespace SgGrid.LoadTests.Regions;

/// <summary>
/// Random but valid ECS rules: distinct port ranges per rule (no duplicates), remotes from the Internet, the VPC or a
/// vSwitch, some drops. Ports 40000-49999 are never used, so scenarios can add probe rules there.
/// </summary>
internal static class RuleGenerator
{
    public const int ProbePortBase = 40_000;

    private static readonly string[] IngressSources = ["0.0.0.0/0", "10.0.0.0/8", "10.0.0.0/16", "203.0.113.0/24", "198.51.100.0/24", "10.0.0.0/24"];

    public static (PermissionRequest[] Ingress, PermissionRequest[] Egress) Generate(Random random, int count)
    {
        ArgumentNullException.ThrowIfNull(random);
        var ingress = new List<PermissionRequest>();
        var egress = new List<PermissionRequest>();
        for (var i = 0; i < count; i++)
        {
            var isEgress = i % 4 == 3;
            // Rule i owns ports [start, start + width): distinct for every i below 39,000 / 3.
            var start = 1 + (i * 3);
            var width = random.Next(3) == 0 ? 3 : 1;
            var protocol = random.Next(10) switch { < 6 => "TCP", < 9 => "UDP", _ => "TCP" };
            var policy = random.Next(100) < 15 ? "drop" : "accept";
            var priority = (1 + random.Next(100)).ToString(CultureInfo.InvariantCulture);
            var ports = $"{start}/{start + width - 1}";
            if (isEgress)
            {
                egress.Add(new PermissionRequest { IpProtocol = protocol, PortRange = ports, DestCidrIp = IngressSources[random.Next(IngressSources.Length)], Policy = random.Next(2) == 0 ? "drop" : "accept", Priority = priority });
            }
            else
            {
                ingress.Add(new PermissionRequest { IpProtocol = protocol, PortRange = ports, SourceCidrIp = IngressSources[random.Next(IngressSources.Length)], Policy = policy, Priority = priority });
            }
        }

        return ([.. ingress], [.. egress]);
    }

    /// <summary>The probe rule of <paramref name="index"/>: TCP port 40000 + index from anywhere, accept, priority 1.</summary>
    public static PermissionRequest Probe(int index) => new()
    {
        IpProtocol = "TCP",
        PortRange = $"{ProbePortBase + index}/{ProbePortBase + index}",
        SourceCidrIp = "0.0.0.0/0",
        Policy = "accept",
        Priority = "1",
    };

    public static (int Low, int High) Ports(PermissionRequest rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var parts = (rule.PortRange ?? "1/1").Split('/');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }
}
