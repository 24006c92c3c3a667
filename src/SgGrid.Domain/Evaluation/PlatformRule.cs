using SgGrid.Domain.Addresses;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.Evaluation;

/// <summary>Traffic the platform allows whatever the security-group rules say (decision D2), e.g. the metadata service.</summary>
/// <param name="Name">A label shown in explanations.</param>
/// <param name="Direction">The direction it applies to, or null for both.</param>
/// <param name="Remote">The far-end addresses.</param>
/// <param name="Protocol">The protocol, or <see cref="IpProtocol.All"/>.</param>
/// <param name="DestinationPorts">The destination ports.</param>
public sealed record PlatformRule(string Name, Direction? Direction, IpCidr Remote, IpProtocol Protocol, PortRange DestinationPorts)
{
    public bool Matches(Direction direction, in Flow flow) =>
        (Direction is null || Direction == direction) &&
        Protocol.Matches(flow.Protocol) &&
        DestinationPorts.Contains(flow.DestinationPort) &&
        Remote.Contains(new NetworkAddress(flow.RemoteFor(direction), flow.Family));
}
