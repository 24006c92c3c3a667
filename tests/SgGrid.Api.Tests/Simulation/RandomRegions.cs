using SgGrid.Api.Tests.Support;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;

namespace SgGrid.Api.Tests.Simulation;

/// <summary>
/// Seeded random regions built through the ECS actions and mirrored (<see cref="MirroredRegion"/>): three groups, four ENIs
/// (two with IPv6) in one or two groups each, 4-8 rules per group of every kind (CIDRs, group references, a prefix list,
/// ports, protocols, drop and accept, priorities), and one random change.
/// </summary>
internal static class RandomRegions
{
    public static readonly int[] TcpPorts = [22, 80, 85, 3306, 8080];

    public static async Task<MirroredRegion> BuildAsync(EcsClient client, Random random, bool enterprise)
    {
        ArgumentNullException.ThrowIfNull(random);
        var region = await MirroredRegion.CreateAsync(client);
        var list = await region.CreatePrefixListAsync("10.0.1.0/28", "192.0.2.0/24");
        var type = enterprise ? SecurityGroupType.Enterprise : SecurityGroupType.Normal;
        var groups = new[] { await region.CreateGroupAsync(type), await region.CreateGroupAsync(type), await region.CreateGroupAsync(type) };
        if (!enterprise)
        {
            await region.SetPolicyAsync(groups[random.Next(3)], InnerAccessPolicy.Drop);
        }

        for (var e = 0; e < 4; e++)
        {
            var first = groups[random.Next(3)];
            var second = groups[random.Next(3)];
            await region.CreateNetworkInterfaceAsync(e < 2, first == second ? [first] : [first, second]);
        }

        var enis = region.NetworkInterfaces.ToArray();
        foreach (var group in groups)
        {
            for (var r = random.Next(4, 9); r > 0; r--)
            {
                var direction = random.Next(2) == 0 ? Direction.Ingress : Direction.Egress;
                var permission = RandomPermission(random, region, groups, list, enis, enterprise, group);
                // The generator names the far end as an ingress rule does (Source*); an egress rule names it Dest*.
                await region.AuthorizeAsync(group, direction, direction == Direction.Ingress ? permission
                    : [.. permission.Select(p => (p.Item1.Replace("Source", "Dest", StringComparison.Ordinal), p.Item2))]);
            }
        }

        return region;
    }

    public static (string, string)[] RandomPermission(Random random, MirroredRegion region, string[] groups, string list, string[] enis, bool enterprise, string self)
    {
        var (protocol, ports) = random.Next(8) switch
        {
            0 => ("UDP", "53/53"),
            1 => ("ICMP", "-1/-1"),
            2 => ("ALL", "-1/-1"),
            3 => ("132", "-1/-1"),
            4 => ("ICMPv6", "-1/-1"),
            5 => ("TCP", "1/65535"),
            6 => ("TCP", "80/90"),
            _ => ("TCP", $"{TcpPorts[random.Next(TcpPorts.Length)]}/{TcpPorts[random.Next(TcpPorts.Length)]}"),
        };
        if (protocol == "TCP" && ports.Split('/') is [var a, var b] && int.Parse(a) > int.Parse(b))
        {
            ports = $"{b}/{a}";
        }

        var ipv6 = protocol == "ICMPv6" || (protocol != "ICMP" && random.Next(5) == 0);
        var choice = random.Next(enterprise ? 3 : 4);
        (string, string)[] remote = choice switch
        {
            0 when ipv6 => [("Ipv6SourceCidrIp", random.Next(2) == 0 ? "::/0" : region.Api.Ipv6Block!.Value.ToString())],
            0 => [("SourceCidrIp", Pick(random, ["0.0.0.0/0", "10.0.1.0/26", "192.0.2.0/24", $"{region.AddressesOf(enis[random.Next(enis.Length)])[0]}/32"]))],
            1 when !ipv6 && protocol != "ICMPv6" => [("SourcePrefixListId", list)],
            3 when groups.Any(g => g != self) => [("SourceGroupId", groups.Where(g => g != self).ElementAt(random.Next(2)))],
            _ when ipv6 => [("Ipv6SourceCidrIp", "::/0")],
            _ => [("SourceCidrIp", "10.0.0.0/8")],
        };
        return
        [
            ("IpProtocol", protocol), ("PortRange", ports), ("Policy", random.Next(3) == 0 ? "drop" : "accept"), ("Priority", $"{random.Next(1, 4)}"),
            .. remote,
        ];
    }

    /// <summary>One change just before the next check: a rule added or revoked on one ENI's first group.</summary>
    public static async Task ChangeAsync(MirroredRegion region, Random random)
    {
        var enis = region.NetworkInterfaces.ToArray();
        var eni = enis[random.Next(enis.Length)];
        var groups = region.GroupsOf(eni);
        switch (random.Next(3))
        {
            case 0:
                await region.AuthorizeAsync(groups[0], Direction.Ingress, ("IpProtocol", "TCP"), ("PortRange", "22/22"), ("Policy", "drop"), ("Priority", "1"), ("SourceCidrIp", "0.0.0.0/0"));
                break;
            case 1 when region.PolicyOf(eni).Ingress.Rules.Length > 0:
                var rule = region.PolicyOf(eni).Ingress.Rules[0];
                await region.RevokeAsync(rule.GroupId, rule.Rule.RuleId);
                break;
            default:
                await region.AuthorizeAsync(groups[0], Direction.Ingress, ("IpProtocol", "ALL"), ("PortRange", "-1/-1"), ("Priority", "2"), ("SourceCidrIp", "10.0.1.0/24"));
                break;
        }
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
