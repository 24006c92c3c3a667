namespace SgGrid.Grains.Vpcs;

/// <summary>Per-VPC limits.</summary>
public sealed class VpcOptions
{
    public const string SectionName = "SgGrid:Vpcs";

    /// <summary>vSwitches per VPC (the cloud's default quota).</summary>
    public int MaxVSwitchesPerVpc { get; set; } = 150;
}
