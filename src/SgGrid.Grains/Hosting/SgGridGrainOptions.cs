using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Validation;

namespace SgGrid.Grains.Hosting;

/// <summary>How the region's grains behave: emulation switches (D1-D13), default quotas (D5) and fan-out tuning.</summary>
public sealed class SgGridGrainOptions
{
    public const string SectionName = "SgGrid:Grains";

    /// <summary>The behaviours the documentation leaves open.</summary>
    public EmulationOptions Emulation { get; set; } = EmulationOptions.Default;

    /// <summary>Quotas applied to every tenant (per-tenant overrides come with the tenant configuration).</summary>
    public SecurityGroupQuotas Quotas { get; set; } = new();

    /// <summary>How many member notifications a group keeps in flight during a fan-out.</summary>
    public int FanOutConcurrency { get; set; } = 512;
}
