using SgGrid.Domain.Addresses;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.SecurityGroups;

namespace SgGrid.Grains.SecurityGroups;

/// <summary>The durable state of a security group. Stable type and ids: stored state depends on them.</summary>
[GenerateSerializer, Alias("sggrid.SecurityGroupState")]
public sealed class SecurityGroupState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public ResourceOwner? Owner { get; set; }
    [Id(2)] public string VpcId { get; set; } = "";
    [Id(3)] public string Name { get; set; } = "";
    [Id(4)] public string Description { get; set; } = "";
    [Id(5)] public SecurityGroupType Type { get; set; }
    [Id(6)] public InnerAccessPolicy InnerAccessPolicy { get; set; }
    [Id(7)] public bool ServiceManaged { get; set; }
    [Id(8)] public string ResourceGroupId { get; set; } = "";
    [Id(9)] public Dictionary<string, string> Tags { get; set; } = [];
    [Id(10)] public DateTimeOffset CreationTime { get; set; }
    [Id(11)] public long Version { get; set; }
    [Id(12)] public List<SecurityGroupRuleView> Rules { get; set; } = [];
    /// <summary>
    /// Member ENI id → its private addresses, in state written before member pages: moved to the pages when the group next
    /// activates, empty from then on (the members live in <see cref="MemberPageCount"/> pages, docs/fan-out.md).
    /// </summary>
    [Id(13)] public Dictionary<string, AddressSet> Members { get; set; } = [];
    /// <summary>Groups whose rules reference this one.</summary>
    [Id(14)] public HashSet<string> Referrers { get; set; } = [];
    /// <summary>Groups this one's rules reference → their members' addresses as last told.</summary>
    [Id(15)] public Dictionary<string, AddressSet> ReferencedGroups { get; set; } = [];
    /// <summary>Prefix lists this one's rules use → their entries as last told.</summary>
    [Id(16)] public Dictionary<string, AddressSet> PrefixLists { get; set; } = [];

    /// <summary>When the rule hits were last reset (ResetRuleHits), or null if never.</summary>
    [Id(17)] public DateTimeOffset? RuleHitsResetTime { get; set; }

    /// <summary>The IPv4 and IPv6 blocks of the group's VPC (internal addresses, decision D2); null in state written before they were kept.</summary>
    [Id(18)] public AddressSet? VpcAddresses { get; set; }

    /// <summary>Prefix lists this one's rules use → their MaxEntries as last told (what each rule of them weighs, D5).</summary>
    [Id(19)] public Dictionary<string, int> PrefixListMaxEntries { get; set; } = [];

    /// <summary>How many member pages (<see cref="SecurityGroupMemberPage"/>, a power of two) hold the members; 0 before pages.</summary>
    [Id(20)] public int MemberPageCount { get; set; }
}
