using SgGrid.Domain.Addresses;

namespace SgGrid.Domain.Snapshots.Plans;

/// <summary>One entry of a planned prefix list.</summary>
public sealed record PlannedPrefixListEntry(IpCidr Cidr, string Description);
