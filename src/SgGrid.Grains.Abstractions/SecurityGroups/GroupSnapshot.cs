using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;

namespace SgGrid.Grains.Abstractions.SecurityGroups;

/// <summary>
/// What a group pushes to its member ENIs: version, type, policy, rules, its own member addresses,
/// and the address sets its rules' references and prefix lists resolve to now.
/// </summary>
/// <remarks>Immutable and shared: a silo hands the same instance to every local member.</remarks>
[GenerateSerializer, Immutable, Alias("sggrid.GroupSnapshot")]
public sealed record GroupSnapshot
{
    [Id(0)] public required string GroupId { get; init; }
    [Id(1)] public required long Version { get; init; }
    [Id(2)] public SecurityGroupType Type { get; init; }
    [Id(3)] public InnerAccessPolicy InnerAccessPolicy { get; init; }
    [Id(4)] public ImmutableArray<SecurityGroupRule> Rules { get; init; } = [];
    [Id(5)] public AddressSet MemberAddresses { get; init; } = AddressSet.Empty;
    /// <summary>Referenced group id → its members' private addresses.</summary>
    [Id(6)] public ImmutableDictionary<string, AddressSet> ResolvedGroups { get; init; } = ImmutableDictionary<string, AddressSet>.Empty;
    /// <summary>Prefix list id → its entries.</summary>
    [Id(7)] public ImmutableDictionary<string, AddressSet> ResolvedPrefixLists { get; init; } = ImmutableDictionary<string, AddressSet>.Empty;

    /// <summary>The IPv4 and IPv6 blocks of the group's VPC: internal addresses for the outbound TCP 25 block (decision D2).</summary>
    [Id(8)] public AddressSet VpcAddresses { get; init; } = AddressSet.Empty;

    /// <summary>
    /// What the group's rules weigh against the per-ENI rule limit (D5: a prefix-list rule counts its list's MaxEntries),
    /// growth still being reserved on the members included.
    /// </summary>
    [Id(9)] public int RuleWeight { get; init; }

    /// <summary>The domain's view of the group.</summary>
    public SecurityGroupSnapshot ToDomain() => new(GroupId, Type, InnerAccessPolicy, Rules, MemberAddresses, VpcAddresses);
}
