using SgGrid.Domain.Addresses;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.FlowLogs.Replay;

/// <summary>
/// Breakage grouped by the traffic's ends, protocol and port: <see cref="Broken"/> when production accepts and the scenario
/// rejects (the reverse otherwise). The ENI is the logging one; <see cref="Remote"/> is the source for <c>in</c> records
/// (source → ENI) and the destination for <c>out</c> records (ENI → destination).
/// </summary>
public readonly record struct BreakageKey(bool Broken, string NetworkInterfaceId, Direction Direction, NetworkAddress Remote, byte Protocol, ushort Port);
