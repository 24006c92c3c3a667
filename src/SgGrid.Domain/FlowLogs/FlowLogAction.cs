namespace SgGrid.Domain.FlowLogs;

/// <summary>What the cloud recorded for a flow-log record (<c>action</c>): accepted, rejected, or not recorded.</summary>
public enum FlowLogAction : byte
{
    /// <summary>The record carries no action (or one SgGrid does not know): it cannot drift.</summary>
    None = 0,
    Accept = 1,
    Reject = 2,
}
