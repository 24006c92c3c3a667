using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;

namespace SgGrid.Tests.Shared;

/// <summary>
/// Brute force over a directional policy: one concrete packet per cell of the grid that every boundary of its rules,
/// intra-group trusts, platform entries, private ranges and local addresses cuts. Two packets of one cell are decided
/// alike by every entry, so deciding these packets decides every packet. Linked into the test projects that need it.
/// </summary>
internal static class PacketGrid
{
    /// <summary>One packet per cell of the grid cut by every boundary the policy and the local addresses have.</summary>
    public static IEnumerable<Flow> Representatives(DirectionalPolicy policy, AddressSet? local)
    {
        foreach (var family in new[] { IpFamily.IPv4, IpFamily.IPv6 })
        {
            var max = NetworkAddress.MaxValueOf(family);
            var remoteCuts = new SortedSet<UInt128> { 0 };
            var localCuts = new SortedSet<UInt128> { 0 };
            void Cut(SortedSet<UInt128> cuts, UInt128 first, UInt128 last)
            {
                cuts.Add(first);
                if (last < max)
                {
                    cuts.Add(last + 1);
                }
            }

            foreach (var rule in policy.Rules)
            {
                foreach (var interval in rule.RemoteAddresses.Intervals(family))
                {
                    Cut(remoteCuts, interval.First, interval.Last);
                }

                if (rule.Rule.LocalCidr is { } cidr && cidr.Family == family)
                {
                    Cut(localCuts, cidr.First, cidr.Last);
                }
            }

            foreach (var trust in policy.IntraGroupTrust)
            {
                foreach (var interval in trust.Members.Intervals(family))
                {
                    Cut(remoteCuts, interval.First, interval.Last);
                }
            }

            foreach (var platform in policy.PlatformAllow.Where(p => p.Remote.Family == family))
            {
                Cut(remoteCuts, platform.Remote.First, platform.Remote.Last);
            }

            foreach (var interval in PrivateAddressRanges.Set.Intervals(family))
            {
                Cut(remoteCuts, interval.First, interval.Last);
            }

            if (local is not null)
            {
                foreach (var interval in local.Intervals(family))
                {
                    Cut(localCuts, interval.First, interval.Last);
                }
            }

            var locals = localCuts.Where(a => local is null || local.Contains(new NetworkAddress(a, family))).ToArray();
            var protocols = policy.Rules.Where(r => !r.Rule.Protocol.IsAll).Select(r => r.Rule.Protocol.Number)
                .Concat(policy.PlatformAllow.Where(p => !p.Protocol.IsAll).Select(p => p.Protocol.Number))
                .Concat([IpProtocol.TcpNumber, IpProtocol.UdpNumber, (byte)200]).Distinct().ToArray();
            var portCuts = new SortedSet<ushort> { 1, 25, 26 };
            foreach (var rule in policy.Rules)
            {
                foreach (var range in new[] { rule.Rule.DestinationPorts, rule.Rule.SourcePorts })
                {
                    portCuts.Add(Math.Max((ushort)1, range.From));
                    if (range.To < ushort.MaxValue)
                    {
                        portCuts.Add((ushort)(range.To + 1));
                    }
                }
            }

            foreach (var platform in policy.PlatformAllow)
            {
                portCuts.Add(Math.Max((ushort)1, platform.DestinationPorts.From));
                if (platform.DestinationPorts.To < ushort.MaxValue)
                {
                    portCuts.Add((ushort)(platform.DestinationPorts.To + 1));
                }
            }

            foreach (var remote in remoteCuts)
            {
                foreach (var localAddress in locals)
                {
                    foreach (var protocol in protocols)
                    {
                        var ports = protocol is IpProtocol.TcpNumber or IpProtocol.UdpNumber ? portCuts.ToArray() : [(ushort)0];
                        foreach (var sourcePort in ports)
                        {
                            foreach (var destinationPort in ports)
                            {
                                yield return policy.Direction == Direction.Ingress
                                    ? new Flow(family, remote, localAddress, protocol, sourcePort, destinationPort)
                                    : new Flow(family, localAddress, remote, protocol, sourcePort, destinationPort);
                            }
                        }
                    }
                }
            }
        }
    }
}
