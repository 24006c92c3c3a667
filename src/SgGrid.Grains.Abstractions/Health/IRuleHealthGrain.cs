using Orleans.Concurrency;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Abstractions.Health;

/// <summary>
/// Exact rule health (shadowed, conflicting, redundant, matching nothing) computed from the groups' snapshots with the
/// policy the ENIs' own filters are built from. A stateless worker keyed by <see cref="RuleHealth.Key"/>, scoped like the
/// grains it reads (so it analyzes a what-if scenario's copy too); another tenant's ids answer as not found.
/// </summary>
[Alias("sggrid.IRuleHealthGrain")]
public interface IRuleHealthGrain : IGrainWithStringKey
{
    /// <summary>An expensive analysis: bounded per tenant and per silo and in time, stopped when the caller's token ends.</summary>
    [Alias("AnalyzeNetworkInterface"), ReadOnly]
    Task<Outcome<RuleHealthReport>> AnalyzeNetworkInterfaceAsync(ResourceOwner caller, string networkInterfaceId, CancellationToken cancellationToken = default);

    /// <summary>An expensive analysis: bounded per tenant and per silo and in time, stopped when the caller's token ends.</summary>
    [Alias("AnalyzeSecurityGroup"), ReadOnly]
    Task<Outcome<RuleHealthReport>> AnalyzeSecurityGroupAsync(ResourceOwner caller, string securityGroupId, CancellationToken cancellationToken = default);
}
