namespace SgGrid.Domain.WhatIf;

/// <summary>How a flow's end-to-end verdict changes from production to the scenario.</summary>
public enum WhatIfChange : byte
{
    NewlyAllowed = 0,
    NewlyDenied = 1,
}
