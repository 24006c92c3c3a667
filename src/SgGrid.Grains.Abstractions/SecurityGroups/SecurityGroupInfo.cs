using System.Collections.Immutable;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Abstractions.SecurityGroups;

/// <summary>A security group's attributes and counts, as DescribeSecurityGroups shows them.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.SecurityGroupInfo")]
public sealed record SecurityGroupInfo
{
    [Id(0)] public required string SecurityGroupId { get; init; }
    [Id(1)] public required ResourceOwner Owner { get; init; }
    [Id(2)] public required string VpcId { get; init; }
    [Id(3)] public string Name { get; init; } = "";
    [Id(4)] public string Description { get; init; } = "";
    [Id(5)] public SecurityGroupType Type { get; init; }
    [Id(6)] public InnerAccessPolicy InnerAccessPolicy { get; init; }
    [Id(7)] public bool ServiceManaged { get; init; }
    [Id(8)] public string ResourceGroupId { get; init; } = "";
    [Id(9)] public ImmutableDictionary<string, string> Tags { get; init; } = ImmutableDictionary<string, string>.Empty;
    [Id(10)] public DateTimeOffset CreationTime { get; init; }
    [Id(11)] public long Version { get; init; }
    [Id(12)] public int RuleCount { get; init; }
    [Id(13)] public int GroupToGroupRuleCount { get; init; }
    /// <summary>Number of member ENIs.</summary>
    [Id(14)] public int MemberCount { get; init; }
    /// <summary>Number of private addresses of the members (the basic group's capacity measure).</summary>
    [Id(15)] public int MemberAddressCount { get; init; }
    /// <summary>What the rules weigh against the rule limits (D5): one each, a prefix-list rule its list's MaxEntries.</summary>
    [Id(16)] public int RuleWeight { get; init; }
}
