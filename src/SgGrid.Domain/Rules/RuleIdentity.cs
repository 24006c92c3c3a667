using SgGrid.Domain.Addresses;

namespace SgGrid.Domain.Rules;

/// <summary>The duplicate-detection key of a rule (decision D4); equal keys mean the same rule.</summary>
public readonly record struct RuleIdentity(
    Direction Direction,
    IpProtocol Protocol,
    PortRange DestinationPorts,
    PortRange SourcePorts,
    RemotePeer Remote,
    IpCidr? LocalCidr,
    RulePolicy Policy,
    int Priority,
    NicType NicType);
