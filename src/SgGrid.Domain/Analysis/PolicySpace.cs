using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.Analysis;

/// <summary>
/// A directional policy as ordered <see cref="PolicyEntry"/>s over the packets of one address family that can reach or
/// leave the ENI: TCP and UDP with <see cref="PortRange.ConnectionPorts"/> (1-65535), every other protocol with ports 0,
/// local addresses the ENI's own.
/// The first entry whose region holds a packet decides it, exactly as <see cref="ReferenceEvaluator"/> does.
/// </summary>
public sealed class PolicySpace
{
    private PolicySpace(DirectionalPolicy policy, IpFamily family, PacketRegion universe, ImmutableArray<PolicyEntry> entries)
    {
        Policy = policy;
        Family = family;
        Universe = universe;
        Entries = entries;
    }

    public DirectionalPolicy Policy { get; }

    public IpFamily Family { get; }

    /// <summary>Every packet the analysis considers.</summary>
    public PacketRegion Universe { get; }

    /// <summary>In evaluation order, ending with the default.</summary>
    public ImmutableArray<PolicyEntry> Entries { get; }

    /// <summary>The entry of rule <paramref name="ruleIndex"/> (its position in <see cref="DirectionalPolicy.Rules"/>).</summary>
    public int EntryOfRule(int ruleIndex) => Entries.IndexOf(Entries.First(e => e.Kind == PolicyEntryKind.Rule && e.Index == ruleIndex));

    /// <summary>The space of <paramref name="policy"/> for <paramref name="family"/>.</summary>
    /// <param name="policy">The ENI's policy of one direction.</param>
    /// <param name="family">The address family analyzed.</param>
    /// <param name="localAddresses">The ENI's addresses (the union over ENIs sharing the policy), or null for any address.</param>
    public static PolicySpace Build(DirectionalPolicy policy, IpFamily family, AddressSet? localAddresses) =>
        Build(policy, family, localAddresses is null ? null : Set(localAddresses, family), null);

    /// <summary>The space of <paramref name="policy"/> for <paramref name="family"/>, limited to the given local and remote addresses (null: any).</summary>
    public static PolicySpace Build(DirectionalPolicy policy, IpFamily family, ValueSet? localAddresses, ValueSet? remoteAddresses)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var all = ValueSet.Range(0, NetworkAddress.MaxValueOf(family));
        var local = localAddresses ?? all;
        var remoteUniverse = remoteAddresses ?? all;
        var ported = ValueSet.Of([(IpProtocol.TcpNumber, IpProtocol.TcpNumber), (IpProtocol.UdpNumber, IpProtocol.UdpNumber)]);
        var universe = PacketRegion.OfDisjoint(
        [
            new PacketBox(remoteUniverse, local, ported, Ports(PortRange.ConnectionPorts), Ports(PortRange.ConnectionPorts)),
            new PacketBox(remoteUniverse, local, ValueSet.Range(0, 255).Subtract(ported), ValueSet.Point(0), ValueSet.Point(0)),
        ]);

        var entries = ImmutableArray.CreateBuilder<PolicyEntry>();
        if (policy.BlockOutboundTcp25)
        {
            entries.Add(new PolicyEntry(PolicyEntryKind.PlatformBlock, -1, false, universe.Intersect(
                new PacketBox(all.Subtract(Set(policy.InternalAddresses, family)), all, ValueSet.Point(IpProtocol.TcpNumber), Ports(PortRange.All), ValueSet.Point(25)))));
        }

        for (var i = 0; i < policy.PlatformAllow.Length; i++)
        {
            var platform = policy.PlatformAllow[i];
            var remote = platform.Remote.Family == family ? ValueSet.Range(platform.Remote.First, platform.Remote.Last) : ValueSet.Empty;
            entries.Add(new PolicyEntry(PolicyEntryKind.PlatformAllow, i, true, universe.Intersect(
                new PacketBox(remote, all, Protocols(platform.Protocol), Ports(PortRange.All), Ports(platform.DestinationPorts)))));
        }

        foreach (var trust in policy.IntraGroupTrust)
        {
            entries.Add(new PolicyEntry(PolicyEntryKind.IntraGroup, trust.GroupIndex, true, universe.Intersect(
                new PacketBox(Set(trust.Members, family), all, ValueSet.Range(0, 255), Ports(PortRange.All), Ports(PortRange.All)))));
        }

        for (var i = 0; i < policy.Rules.Length; i++)
        {
            var rule = policy.Rules[i];
            var ruleLocal = rule.Rule.LocalCidr is not { } cidr ? all : cidr.Family == family ? ValueSet.Range(cidr.First, cidr.Last) : ValueSet.Empty;
            entries.Add(new PolicyEntry(PolicyEntryKind.Rule, i, rule.Rule.Policy == RulePolicy.Accept, universe.Intersect(
                new PacketBox(Set(rule.RemoteAddresses, family), ruleLocal, Protocols(rule.Rule.Protocol), Ports(rule.Rule.SourcePorts), Ports(rule.Rule.DestinationPorts)))));
        }

        entries.Add(new PolicyEntry(PolicyEntryKind.Default, -1, policy.DefaultAllows, universe));
        return new PolicySpace(policy, family, universe, entries.ToImmutable());
    }

    /// <summary>The addresses of <paramref name="family"/> in <paramref name="set"/>.</summary>
    public static ValueSet Set(AddressSet set, IpFamily family)
    {
        ArgumentNullException.ThrowIfNull(set);
        var intervals = set.Intervals(family);
        var list = new List<(UInt128, UInt128)>(intervals.Length);
        foreach (var interval in intervals)
        {
            list.Add((interval.First, interval.Last));
        }

        return ValueSet.Of(list);
    }

    public static ValueSet Protocols(IpProtocol protocol) => protocol.IsAll ? ValueSet.Range(0, 255) : ValueSet.Point(protocol.Number);

    public static ValueSet Ports(PortRange range) => ValueSet.Range(range.From, range.To);
}
