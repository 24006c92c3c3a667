using SgGrid.Domain.Snapshots.Documents;

namespace SgGrid.Domain.Snapshots.Generation;

/// <summary>A generated group: its Describe item, its tier (-1 for a shared group) and how many rules it gets.</summary>
internal sealed record GeneratedGroup(SnapshotSecurityGroup Group, int Tier, int RuleCount);
