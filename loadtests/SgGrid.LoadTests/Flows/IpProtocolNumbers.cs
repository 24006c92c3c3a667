namespace SgGrid.LoadTests.Flows;

/// <summary>IANA protocol numbers the workload draws from.</summary>
internal static class IpProtocolNumbers
{
    public const byte Tcp = 6;
    public const byte Udp = 17;
}
