using SgGrid.Domain.Rules;

namespace SgGrid.Api.Simulation.Responses;

/// <summary>The flow that was decided, with the addresses its ends resolved to.</summary>
public sealed record FlowDescription(string Source, string SourceAddress, string Destination, string DestinationAddress, string Protocol, int SourcePort, int DestinationPort)
{
    public static string ProtocolName(byte number) => IpProtocol.FromNumber(number).ToString();
}
