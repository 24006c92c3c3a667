namespace SgGrid.Api.Replay.Responses;

/// <summary>
/// What the body held: bytes, records read with a flow, records decided, NODATA / SKIPDATA records skipped, malformed records
/// skipped, records whose ports were ignored (a protocol without ports), records of ENIs the region does not know.
/// </summary>
public sealed record ReplayCounters(long Bytes, long Records, long Decided, long NoData, long SkipData, long Malformed, long PortsIgnored, long UnknownNetworkInterface);
