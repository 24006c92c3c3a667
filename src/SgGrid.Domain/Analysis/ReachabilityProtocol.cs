using SgGrid.Domain.Rules;

namespace SgGrid.Domain.Analysis;

/// <summary>
/// A protocol of a reachability answer: one IANA number, or <see cref="IsOther"/> — every protocol number that no rule
/// and no platform entry names, which all behave alike (only <c>ALL</c> rules, intra-group trust and defaults apply).
/// </summary>
/// <param name="Number">The protocol number; for <see cref="IsOther"/> a representative one.</param>
/// <param name="IsOther">True for the class of unnamed protocols.</param>
public readonly record struct ReachabilityProtocol(byte Number, bool IsOther)
{
    /// <summary>TCP and UDP: flows carry ports 1-65535; every other protocol is one point of the plane.</summary>
    public bool HasPorts => !IsOther && Number is IpProtocol.TcpNumber or IpProtocol.UdpNumber;

    public static ReachabilityProtocol Of(byte number) => new(number, false);

    public override string ToString() => IsOther ? "OTHER" : IpProtocol.FromNumber(Number).ToString();
}
