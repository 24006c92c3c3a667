using System.Collections.Immutable;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Abstractions.SecurityGroups;

/// <summary>What CreateSecurityGroup asks for. The id is the grain's key.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.SecurityGroupSpec")]
public sealed record SecurityGroupSpec
{
    [Id(0)] public required ResourceOwner Owner { get; init; }
    [Id(1)] public required string VpcId { get; init; }
    [Id(2)] public string Name { get; init; } = "";
    [Id(3)] public string Description { get; init; } = "";
    [Id(4)] public SecurityGroupType Type { get; init; } = SecurityGroupType.Normal;
    /// <summary>Created by a cloud service: readable, never writable by its owner.</summary>
    [Id(5)] public bool ServiceManaged { get; init; }
    [Id(6)] public string ResourceGroupId { get; init; } = "";
    [Id(7)] public ImmutableDictionary<string, string> Tags { get; init; } = ImmutableDictionary<string, string>.Empty;
    /// <summary>When the resource was created: an imported resource keeps its own (ImportRegion); null for now.</summary>
    [Id(8)] public DateTimeOffset? CreationTime { get; init; }
}
