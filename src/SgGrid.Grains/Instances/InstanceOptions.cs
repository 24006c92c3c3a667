namespace SgGrid.Grains.Instances;

/// <summary>Per-instance limits.</summary>
public sealed class InstanceOptions
{
    public const string SectionName = "SgGrid:Instances";

    /// <summary>ENIs one instance may have, the primary one included (instance types allow 2 to 8 or more; SgGrid uses one figure).</summary>
    public int NetworkInterfacesPerInstance { get; set; } = 8;
}
