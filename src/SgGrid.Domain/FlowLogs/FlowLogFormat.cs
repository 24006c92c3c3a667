namespace SgGrid.Domain.FlowLogs;

/// <summary>How flow-log records are written (docs/flow-logs.md).</summary>
public enum FlowLogFormat : byte
{
    /// <summary>One JSON object a line, fields in any order, unknown fields ignored.</summary>
    JsonLines = 0,

    /// <summary>Comma-separated values; the first line is the header naming the fields, in any order.</summary>
    Csv = 1,

    /// <summary>The compact binary form: a header with the ENI ids, then fixed-size records (<see cref="BinaryFlowLog"/>).</summary>
    Binary = 2,
}
