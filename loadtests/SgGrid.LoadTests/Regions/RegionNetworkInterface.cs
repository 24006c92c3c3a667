using SgGrid.Domain.Addresses;

namespace SgGrid.LoadTests.Regions;

/// <summary>An ENI of the synthetic region as the harness planned it: id, tenant, VPC, primary address, groups in order.</summary>
internal sealed record RegionNetworkInterface(string Id, int Tenant, string VpcId, NetworkAddress Address, string[] GroupIds)
{
    /// <summary>The silo hosting it (index into the connection's silos), or -1 when unknown.</summary>
    public int Silo { get; set; } = -1;

    public uint Ipv4 => (uint)Address.Value;
}
