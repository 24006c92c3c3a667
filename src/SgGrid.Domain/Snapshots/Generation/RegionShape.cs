namespace SgGrid.Domain.Snapshots.Generation;

/// <summary>
/// The shape of a generated region snapshot: one VPC of <see cref="NetworkInterfaces"/> ENIs in
/// <see cref="SecurityGroups"/> groups arranged in tiers, with shared groups, references to the tier before, prefix lists,
/// 1-5 groups per ENI and a rule-count distribution like the load harness's.
/// </summary>
public sealed record RegionShape
{
    public string RegionId { get; init; } = "cn-hangzhou";

    /// <summary>The zones the vSwitches spread over (served zones of <see cref="RegionId"/>).</summary>
    public IReadOnlyList<string> ZoneIds { get; init; } = ["cn-hangzhou-h", "cn-hangzhou-i", "cn-hangzhou-j"];

    /// <summary>The account the answers name as owner (<c>OwnerId</c>).</summary>
    public string AccountId { get; init; } = "1000000000000001";

    public int NetworkInterfaces { get; init; } = 100;

    public int SecurityGroups { get; init; } = 10;

    /// <summary>Tiers the (non-shared) groups are dealt into; tier i's groups accept from tier i-1's (group references).</summary>
    public int Tiers { get; init; } = 4;

    /// <summary>Share of groups that are shared (monitoring, bastion, base): many ENIs join one of them besides their tier's.</summary>
    public double SharedGroupShare { get; init; } = 0.02;

    /// <summary>Rule counts and their weights, as the load harness's <c>--rules</c> (e.g. 10 rules for 70 % of groups).</summary>
    public IReadOnlyList<(int Rules, double Weight)> RuleCounts { get; init; } = [(10, 70), (50, 25), (150, 5)];

    /// <summary>How many groups an ENI is in (1-5), by weight.</summary>
    public IReadOnlyList<(int Groups, double Weight)> GroupsPerNetworkInterface { get; init; } = [(1, 50), (2, 25), (3, 12), (4, 8), (5, 5)];

    /// <summary>Prefix lists (IPv4, 4-16 entries each); some rules use them.</summary>
    public int PrefixLists { get; init; } = 3;

    /// <summary>Share of ENIs that are instances' primary ENIs (the rest are secondary ENIs, some attached).</summary>
    public double InstanceShare { get; init; } = 0.5;

    /// <summary>Share of secondary ENIs attached to an instance.</summary>
    public double AttachedShare { get; init; } = 0.2;

    /// <summary>Usable addresses planned per vSwitch (a /20 each).</summary>
    public int NetworkInterfacesPerVSwitch { get; init; } = 4000;

    /// <summary>ENIs that all join the first shared group (a large group to measure fan-out on); 0 for none.</summary>
    public int LargeGroupMembers { get; init; }

    public int Seed { get; init; } = 1;
}
