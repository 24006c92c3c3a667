using SgGrid.Domain.Addresses;

namespace SgGrid.Grains.SecurityGroups;

/// <summary>
/// One stored page of a group's members (ENI id → private addresses), a state of its own beside the group's
/// (<see cref="MemberPageStorage"/>): the members are split into pages of bounded size so that no stored state grows with
/// the group (docs/fan-out.md). Stable type and ids: stored state depends on them.
/// </summary>
[GenerateSerializer, Alias("sggrid.SecurityGroupMemberPage")]
public sealed class SecurityGroupMemberPage
{
    [Id(0)] public Dictionary<string, AddressSet> Members { get; set; } = new(StringComparer.Ordinal);
}
