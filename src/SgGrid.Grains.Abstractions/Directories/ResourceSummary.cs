using System.Collections.Immutable;
using SgGrid.Domain.SecurityGroups;

namespace SgGrid.Grains.Abstractions.Directories;

/// <summary>
/// What a tenant's directory knows of one resource: enough to filter and page Describe* calls without asking the
/// resource's own grain. Fields that do not apply to a kind stay null.
/// </summary>
[GenerateSerializer, Immutable, Alias("sggrid.ResourceSummary")]
public sealed record ResourceSummary
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required ResourceKind Kind { get; init; }
    [Id(2)] public string? VpcId { get; init; }
    [Id(3)] public string Name { get; init; } = "";
    [Id(4)] public string? VSwitchId { get; init; }
    [Id(5)] public string? InstanceId { get; init; }
    [Id(6)] public string? ZoneId { get; init; }
    [Id(7)] public SecurityGroupType? SecurityGroupType { get; init; }
    [Id(8)] public string ResourceGroupId { get; init; } = "";
    [Id(9)] public ImmutableDictionary<string, string> Tags { get; init; } = ImmutableDictionary<string, string>.Empty;
    [Id(10)] public DateTimeOffset CreationTime { get; init; }

    /// <summary>Further exact-match filter fields, by ECS parameter name (e.g. <c>Status</c>, <c>Type</c>, <c>ServiceManaged</c>).</summary>
    [Id(11)] public ImmutableDictionary<string, string> Attributes { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>
    /// Multi-valued filter fields, by ECS parameter name (e.g. an ENI's <c>SecurityGroupId</c>s, <c>PrivateIpAddress</c>es):
    /// a query's <see cref="ResourceQuery.AnyOf"/> on the field matches when one of its values is among them.
    /// </summary>
    [Id(12)] public ImmutableDictionary<string, ImmutableArray<string>> AttributeSets { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;
}
