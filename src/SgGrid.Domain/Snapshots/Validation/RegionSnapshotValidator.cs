using SgGrid.Domain.Snapshots.Documents;

namespace SgGrid.Domain.Snapshots.Validation;

/// <summary>
/// Checks a whole <see cref="RegionSnapshot"/> against SgGrid's constraints before anything is loaded, and reports every
/// problem with its JSON path and ECS code (decision: all or nothing — one problem and nothing loads).
/// </summary>
/// <remarks>
/// <para>What is checked: ids (present, shaped, unique), CIDR blocks of VPCs and vSwitches (as CreateVpc/CreateVSwitch
/// check them, siblings included), zones served, tags, times; prefix-list families, entries and sizes; every rule as
/// Authorize parses it, duplicates (decision D4), references to groups (in the snapshot, same VPC, basic) and prefix lists
/// (family), per-group rule quotas; every ENI's vSwitch, addresses (in the block, not reserved, unique in the VPC), groups
/// (1 to the per-ENI quota, one type, same VPC, rules per ENI within quota); group capacity; instances and attachments.</para>
/// <para>What is not checked here: resources that already exist in the tenant (the load compares them: an identical
/// resource is kept, a different one is a conflict).</para>
/// </remarks>
public static class RegionSnapshotValidator
{
    public static SnapshotValidation Validate(RegionSnapshot snapshot, SnapshotValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(context);
        return new SnapshotCheck(snapshot, context).Run();
    }
}
