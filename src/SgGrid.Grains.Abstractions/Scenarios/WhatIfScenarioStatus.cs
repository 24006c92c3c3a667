namespace SgGrid.Grains.Abstractions.Scenarios;

/// <summary>Where a what-if scenario is in its life.</summary>
[GenerateSerializer, Alias("sggrid.WhatIfScenarioStatus")]
public enum WhatIfScenarioStatus : byte
{
    /// <summary>Cloned and editable; its staged rules can be applied.</summary>
    Available = 1,

    /// <summary>Its staged rules were promoted to production; it can still be read and diffed, not applied again.</summary>
    Applied = 2,
}
