namespace SgGrid.Grains.Instances;

/// <summary>Per-instance limits.</summary>
public sealed class InstanceOptions
{
    public const string SectionName = "SgGrid:Instances";

    /// <summary>ENIs one instance may have, the primary one included (instance types allow 2 to 8 or more; SgGrid uses one figure).</summary>
    public int NetworkInterfacesPerInstance { get; set; } = 8;

    /// <summary>
    /// How long Stopping, Starting (StartInstance, RebootInstance) last before Stopped or Running: short, so clients'
    /// status polling (Terraform's waiters) sees the transition, and zero makes every change immediate.
    /// </summary>
    public TimeSpan StatusTransitionTime { get; set; } = TimeSpan.FromSeconds(1);
}
