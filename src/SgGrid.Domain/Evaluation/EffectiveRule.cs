using SgGrid.Domain.Addresses;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.Evaluation;

/// <summary>A rule as it takes part in one ENI's policy: its group, and its remote peer resolved to addresses.</summary>
/// <param name="GroupIndex">Position of the rule's group among the ENI's groups.</param>
/// <param name="GroupId">The rule's group.</param>
/// <param name="Rule">The stored rule.</param>
/// <param name="RemoteAddresses">The remote peer resolved: a CIDR, a group's member addresses, or a prefix list's entries.</param>
public sealed record EffectiveRule(int GroupIndex, string GroupId, SecurityGroupRule Rule, AddressSet RemoteAddresses)
{
    /// <summary>The rule's match condition, read like the spec: protocol, ports, remote address, local address.</summary>
    public bool Matches(Direction direction, in Flow flow) =>
        Rule.Protocol.Matches(flow.Protocol) &&
        Rule.DestinationPorts.Contains(flow.DestinationPort) &&
        Rule.SourcePorts.Contains(flow.SourcePort) &&
        RemoteAddresses.Contains(new NetworkAddress(flow.RemoteFor(direction), flow.Family)) &&
        (Rule.LocalCidr is not { } local || local.Contains(new NetworkAddress(flow.LocalFor(direction), flow.Family)));
}
