using SgGrid.Api.Ecs.Resources;
using SgGrid.Domain.Snapshots.Plans;

namespace SgGrid.Api.Regions.Loading;

/// <summary>
/// Puts a checked import plan into one tenant's region: the one seam between ImportRegion and the grains, so the way
/// resources reach the grains (per-resource calls today, bulk entry points later) changes here alone.
/// </summary>
/// <remarks>
/// Contract: resources that already exist and equal the plan are left alone (an import is idempotent); a group's rules
/// and policy are set to the plan's; anything else that differs is a conflict, reported before anything is loaded.
/// </remarks>
public interface IRegionLoader
{
    Task<RegionLoadResult> LoadAsync(TenantRegion region, RegionImportPlan plan, RegionLoadProgress progress, CancellationToken cancellationToken);
}
