using SgGrid.Domain.Addresses;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.Tests.Support;

/// <summary>Terse rule construction for tests: <c>Rule.In("TCP", "22/22", "10.0.0.0/8")</c>.</summary>
public static class Rule
{
    private static int _next;

    public static SecurityGroupRule In(string protocol, string ports, string remote, int priority = 1, RulePolicy policy = RulePolicy.Accept, string? local = null, string? sourcePorts = null) =>
        Make(Direction.Ingress, protocol, ports, Peer(remote), priority, policy, local, sourcePorts);

    public static SecurityGroupRule Out(string protocol, string ports, string remote, int priority = 1, RulePolicy policy = RulePolicy.Accept, string? local = null, string? sourcePorts = null) =>
        Make(Direction.Egress, protocol, ports, Peer(remote), priority, policy, local, sourcePorts);

    public static SecurityGroupRule Make(Direction direction, string protocol, string ports, RemotePeer remote, int priority, RulePolicy policy, string? local = null, string? sourcePorts = null) =>
        new()
        {
            RuleId = $"sgr-test{Interlocked.Increment(ref _next):D8}",
            Direction = direction,
            Protocol = IpProtocol.Parse(protocol),
            DestinationPorts = PortRange.Parse(ports),
            SourcePorts = sourcePorts is null ? PortRange.All : PortRange.Parse(sourcePorts),
            Remote = remote,
            LocalCidr = local is null ? null : IpCidr.Parse(local),
            Policy = policy,
            Priority = priority,
        };

    /// <summary><c>sg-…</c> → group reference, <c>pl-…</c> → prefix list, else a CIDR.</summary>
    public static RemotePeer Peer(string remote) =>
        remote.StartsWith("sg-", StringComparison.Ordinal) ? new SecurityGroupPeer(remote)
        : remote.StartsWith("pl-", StringComparison.Ordinal) ? new PrefixListPeer(remote)
        : new CidrPeer(IpCidr.Parse(remote));
}
