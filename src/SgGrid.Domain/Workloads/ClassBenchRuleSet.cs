using System.Collections.Immutable;
using System.Globalization;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;

namespace SgGrid.Domain.Workloads;

/// <summary>A ClassBench rule set mapped to the ingress rules of one security group, exactly as shared/data/classbench/README.md says.</summary>
/// <remarks>
/// Rule i of n: source CIDR → <c>SourceCidrIp</c>; destination CIDR → quintuple local CIDR; protocol mask 0 → ALL, else the
/// number; TCP/UDP keep their ranges with a low bound of 0 raised to 1 and a source range of 0:65535 left out; other
/// protocols -1/-1; policy drop when i % 7 == 3; priority 1 + floor(i × 100 / n).
/// </remarks>
public sealed class ClassBenchRuleSet
{
    private ClassBenchRuleSet(string groupId, ImmutableArray<SecurityGroupRule> rules)
    {
        GroupId = groupId;
        Rules = rules;
    }

    public string GroupId { get; }

    public ImmutableArray<SecurityGroupRule> Rules { get; }

    /// <summary>Parses the text of a ClassBench rule file (one rule per line, tab separated).</summary>
    public static ClassBenchRuleSet Parse(string text, string groupId = "sg-classbench")
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var rules = ImmutableArray.CreateBuilder<SecurityGroupRule>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            rules.Add(ParseRule(lines[i], i, lines.Length));
        }

        return new ClassBenchRuleSet(groupId, rules.MoveToImmutable());
    }

    /// <summary>The first <paramref name="count"/> rules, renumbered as a set of that size (priorities follow the new n).</summary>
    public static ClassBenchRuleSet ParseFirst(string text, int count, string groupId = "sg-classbench")
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(count).ToArray();
        return Parse(string.Join('\n', lines), groupId);
    }

    /// <summary>The group holding the rules: basic, isolation (no intra-group trust), no members.</summary>
    public SecurityGroupSnapshot ToSnapshot() =>
        new(GroupId, SecurityGroupType.Normal, InnerAccessPolicy.Drop, Rules, AddressSet.Empty);

    /// <summary>The ingress policy of an ENI that belongs to this group alone.</summary>
    public DirectionalPolicy ToIngressPolicy(EmulationOptions? options = null) =>
        EffectivePolicyBuilder.Build([ToSnapshot()], DictionaryPeerResolver.Empty, options ?? EmulationOptions.Default)
            .GetValueOrThrow().Ingress;

    private static SecurityGroupRule ParseRule(string line, int index, int count)
    {
        var fields = line.TrimStart('@').Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (fields.Length < 5)
        {
            throw new FormatException($"ClassBench rule {index + 1} has {fields.Length} fields: '{line}'.");
        }

        var source = IpCidr.Parse(fields[0]);
        var local = IpCidr.Parse(fields[1]);
        var (sourceLow, sourceHigh) = ParseRange(fields[2]);
        var (destinationLow, destinationHigh) = ParseRange(fields[3]);
        var protocolParts = fields[4].Split('/');
        var protocolValue = ParseHex(protocolParts[0]);
        var protocolMask = ParseHex(protocolParts[1]);
        var protocol = protocolMask == 0 ? IpProtocol.All : IpProtocol.FromNumber((byte)protocolValue);

        var destinationPorts = PortRange.All;
        var sourcePorts = PortRange.All;
        if (protocol.HasPorts)
        {
            destinationPorts = new PortRange((ushort)Math.Max(1, destinationLow), (ushort)destinationHigh);
            if (!(sourceLow == 0 && sourceHigh == ushort.MaxValue))
            {
                sourcePorts = new PortRange((ushort)Math.Max(1, sourceLow), (ushort)sourceHigh);
            }
        }

        return new SecurityGroupRule
        {
            RuleId = $"sgr-cb{index:D6}",
            Direction = Direction.Ingress,
            Protocol = protocol,
            DestinationPorts = destinationPorts,
            SourcePorts = sourcePorts,
            Remote = new CidrPeer(source),
            LocalCidr = local,
            Policy = index % 7 == 3 ? RulePolicy.Drop : RulePolicy.Accept,
            Priority = 1 + (int)((long)index * 100 / count),
        };
    }

    private static (int Low, int High) ParseRange(string text)
    {
        var parts = text.Split(':', StringSplitOptions.TrimEntries);
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    private static int ParseHex(string text) =>
        int.Parse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
