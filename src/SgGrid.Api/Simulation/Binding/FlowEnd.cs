using SgGrid.Domain.Addresses;

namespace SgGrid.Api.Simulation.Binding;

/// <summary>One end of a flow as the tenant named it, resolved: the ENI that holds the address (null when external) and the address used.</summary>
public sealed record FlowEnd(string Name, string? NetworkInterfaceId, string? VpcId, NetworkAddress Address)
{
    public bool IsExternal => NetworkInterfaceId is null;
}
