namespace SgGrid.Domain.FlowLogs;

/// <summary>A flow-log record's <c>log-status</c>: only <see cref="Ok"/> records carry a flow to decide.</summary>
public enum FlowLogStatus : byte
{
    Ok = 0,

    /// <summary>No traffic in the capture window.</summary>
    NoData = 1,

    /// <summary>Records were skipped by the capture (capacity or an internal error).</summary>
    SkipData = 2,
}
