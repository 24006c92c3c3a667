namespace SgGrid.Domain.FlowLogs;

/// <summary>A record that could not be read: its line (1-based; record number in the binary form) and why.</summary>
public sealed record FlowLogProblem(long Line, string Reason);
