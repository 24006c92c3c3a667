namespace SgGrid.Domain.Evaluation;

/// <summary>What decided a flow on one side.</summary>
public enum DecisionReason : byte
{
    /// <summary>A custom rule matched first.</summary>
    Rule = 0,

    /// <summary>Intra-group trust of a basic group with InnerAccessPolicy Accept.</summary>
    IntraGroup = 1,

    /// <summary>No rule matched; the group type's implicit default applied.</summary>
    Default = 2,

    /// <summary>Platform traffic outside security-group rules (outbound TCP 25, configured always-allowed traffic).</summary>
    Platform = 3,
}
