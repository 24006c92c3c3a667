using SgGrid.Domain.Addresses;
using SgGrid.Domain.Identifiers;

namespace SgGrid.Api.Simulation.Binding;

/// <summary>How a flow end is named: an ENI id, an instance id (its primary ENI), or an IP address.</summary>
public readonly record struct FlowEndName(string Text, FlowEndKind Kind, NetworkAddress Address)
{
    /// <summary>Parses an end; false when it is none of the three.</summary>
    public static bool TryParse(string text, out FlowEndName name)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.StartsWith(ResourceIds.NetworkInterfacePrefix, StringComparison.Ordinal))
        {
            name = new(text, FlowEndKind.NetworkInterface, default);
            return true;
        }

        if (text.StartsWith(ResourceIds.InstancePrefix, StringComparison.Ordinal))
        {
            name = new(text, FlowEndKind.Instance, default);
            return true;
        }

        if (text.Length <= 45 && NetworkAddress.TryParse(text, out var address))
        {
            name = new(text, FlowEndKind.Address, address);
            return true;
        }

        name = default;
        return false;
    }
}
