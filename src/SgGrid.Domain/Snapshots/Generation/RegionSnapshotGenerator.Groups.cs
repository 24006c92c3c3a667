using System.Globalization;
using SgGrid.Domain.Identifiers;
using SgGrid.Domain.Snapshots.Documents;

namespace SgGrid.Domain.Snapshots.Generation;

/// <summary>Groups and their rules.</summary>
public sealed partial class RegionSnapshotGenerator
{
    private static readonly string[] CidrRemotes = ["0.0.0.0/0", "10.0.0.0/8", "10.0.0.0/16", "203.0.113.0/24", "198.51.100.0/24", "10.0.0.0/24"];

    private List<GeneratedGroup> Groups(string vpcId)
    {
        var shared = _shape.SecurityGroups > 1 ? Math.Max(1, (int)Math.Round(_shape.SecurityGroups * _shape.SharedGroupShare)) : 0;
        return [.. Enumerable.Range(0, _shape.SecurityGroups).Select(j =>
        {
            var tier = j < shared ? -1 : (j - shared) % Math.Max(1, _shape.Tiers);
            var name = tier < 0 ? $"shared-{j:D4}" : $"{TierNames[tier % TierNames.Length]}-{j:D4}";
            var group = new SnapshotSecurityGroup
            {
                SecurityGroupId = ResourceIds.NewSecurityGroupId(_random),
                SecurityGroupName = name,
                Description = tier < 0 ? "shared by many tiers" : $"tier {tier}",
                VpcId = vpcId,
                SecurityGroupType = "normal",
                CreationTime = NextTime(),
                ResourceGroupId = "",
                ServiceManaged = false,
                Tags = Tags(("tier", tier < 0 ? "shared" : tier.ToString(CultureInfo.InvariantCulture))),
            };
            return new GeneratedGroup(group, tier, Pick(_shape.RuleCounts));
        })];
    }

    /// <summary>
    /// A group's rules: up to three references to groups of the tier before (or, for shared groups, none), up to two
    /// prefix-list rules, and CIDR rules on distinct ports; a quarter egress.
    /// </summary>
    private List<SnapshotRule> Rules(GeneratedGroup group, List<GeneratedGroup> groups, List<(SnapshotPrefixList List, DescribePrefixListAttributesAnswer Entries)> prefixLists)
    {
        var rules = new List<SnapshotRule>(group.RuleCount);
        var previousTier = groups.Where(g => group.Tier > 0 && g.Tier == group.Tier - 1).ToList();
        foreach (var peer in previousTier.OrderBy(_ => _random.Next()).Take(Math.Min(3, group.RuleCount / 5)))
        {
            rules.Add(Rule("ingress", "TCP", "8080/8080", "Accept", 1, r => r with { SourceGroupId = peer.Group.SecurityGroupId, SourceGroupOwnerAccount = _shape.AccountId }));
        }

        foreach (var (list, _) in prefixLists.OrderBy(_ => _random.Next()).Take(Math.Min(2, group.RuleCount / 5)))
        {
            rules.Add(Rule("ingress", "TCP", "443/443", "Accept", 2, r => r with { SourcePrefixListId = list.PrefixListId }));
        }

        for (var i = 0; rules.Count < group.RuleCount; i++)
        {
            var egress = i % 4 == 3;
            var start = 1000 + (i * 3);
            var ports = $"{start}/{start + (_random.Next(3) == 0 ? 2 : 0)}";
            var protocol = _random.Next(10) < 6 ? "TCP" : "UDP";
            var policy = _random.Next(100) < 15 ? "Drop" : "Accept";
            var remote = CidrRemotes[_random.Next(CidrRemotes.Length)];
            rules.Add(Rule(egress ? "egress" : "ingress", protocol, ports, policy, 1 + _random.Next(100),
                r => egress ? r with { DestCidrIp = remote } : r with { SourceCidrIp = remote }));
        }

        return rules;
    }

    private SnapshotRule Rule(string direction, string protocol, string ports, string policy, int priority, Func<SnapshotRule, SnapshotRule> remote) => remote(new SnapshotRule
    {
        SecurityGroupRuleId = ResourceIds.NewSecurityGroupRuleId(_random),
        Direction = direction,
        IpProtocol = protocol,
        PortRange = ports,
        Policy = policy,
        Priority = priority.ToString(CultureInfo.InvariantCulture),
        NicType = "intranet",
        Description = "",
        CreateTime = NextTime(),
    });
}
