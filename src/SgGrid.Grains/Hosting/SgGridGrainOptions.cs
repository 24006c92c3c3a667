using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Validation;
using SgGrid.Grains.Persistence;

namespace SgGrid.Grains.Hosting;

/// <summary>How the region's grains behave: emulation switches (D1-D13), default quotas (D5) and fan-out tuning.</summary>
public sealed class SgGridGrainOptions
{
    public const string SectionName = "SgGrid:Grains";

    /// <summary>The behaviours the documentation leaves open.</summary>
    public EmulationOptions Emulation { get; set; } = EmulationOptions.Default;

    /// <summary>Quotas applied to every tenant without an entry in <see cref="TenantQuotas"/> (decision D5 defaults).</summary>
    public SecurityGroupQuotas Quotas { get; set; } = new();

    /// <summary>Per-tenant quotas by account id (e.g. a what-if tenant with lifted limits).</summary>
    public Dictionary<string, SecurityGroupQuotas> TenantQuotas { get; set; } = [];

    /// <summary>The quotas that apply to <paramref name="accountId"/>.</summary>
    public SecurityGroupQuotas QuotasFor(string? accountId) =>
        accountId is not null && TenantQuotas.TryGetValue(accountId, out var quotas) ? quotas : Quotas;

    /// <summary>Bounds of the partitions that store large maps (the tenant directory, a VPC's address index): docs/scale.md.</summary>
    public PartitionLimits Partitions { get; set; } = new();

    /// <summary>How many member notifications a group keeps in flight during a fan-out.</summary>
    public int FanOutConcurrency { get; set; } = 512;

    /// <summary>
    /// Whether the grain storage dies with the process (the in-memory provider; set by <c>UseSgGridGrains</c>): then an
    /// ENI does not write its last rule-hit counts while the silo shuts down, since nothing would keep them.
    /// </summary>
    public bool VolatileStorage { get; set; }
}
