using SgGrid.Domain.Addresses;

namespace SgGrid.Domain.Rules;

/// <summary>One security-group rule, as stored in its group.</summary>
/// <remarks>
/// <see cref="DestinationPorts"/> and <see cref="SourcePorts"/> are <see cref="PortRange.All"/> for protocols
/// without ports and for an unrestricted source port. <see cref="LocalCidr"/> is the quintuple local address
/// (ingress: <c>DestCidrIp</c>; egress: <c>SourceCidrIp</c>); null means every address of the ENI.
/// <see cref="Priority"/> is 1-100, smaller first.
/// </remarks>
public sealed record SecurityGroupRule
{
    public required string RuleId { get; init; }
    public required Direction Direction { get; init; }
    public required IpProtocol Protocol { get; init; }
    public PortRange DestinationPorts { get; init; } = PortRange.All;
    public PortRange SourcePorts { get; init; } = PortRange.All;
    public required RemotePeer Remote { get; init; }
    public IpCidr? LocalCidr { get; init; }
    public RulePolicy Policy { get; init; } = RulePolicy.Accept;
    public int Priority { get; init; } = 1;
    public NicType NicType { get; init; } = NicType.Intranet;
    public string Description { get; init; } = "";

    /// <summary>
    /// The fields that make two rules "the same rule" (decision D4): everything that affects matching and the
    /// policy, and the priority only when <paramref name="includePriority"/>
    /// (<see cref="Evaluation.EmulationOptions.DuplicateIdentityIncludesPriority"/>). Not the id, not the description.
    /// </summary>
    public RuleIdentity Identity(bool includePriority) =>
        new(Direction, Protocol, DestinationPorts, SourcePorts, Remote, LocalCidr, Policy, includePriority ? Priority : 0, NicType);
}
