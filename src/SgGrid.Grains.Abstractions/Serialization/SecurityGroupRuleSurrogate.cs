using SgGrid.Domain.Addresses;
using SgGrid.Domain.Rules;

namespace SgGrid.Grains.Abstractions.Serialization;

/// <summary>Wire form of <see cref="SecurityGroupRule"/>. The domain knows nothing of Orleans, so its types travel as surrogates.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.rule")]
public struct SecurityGroupRuleSurrogate
{
    [Id(0)] public string RuleId;
    [Id(1)] public Direction Direction;
    [Id(2)] public IpProtocol Protocol;
    [Id(3)] public PortRange DestinationPorts;
    [Id(4)] public PortRange SourcePorts;
    [Id(5)] public RemotePeer Remote;
    [Id(6)] public IpCidr? LocalCidr;
    [Id(7)] public RulePolicy Policy;
    [Id(8)] public int Priority;
    [Id(9)] public NicType NicType;
    [Id(10)] public string? Description;
}
