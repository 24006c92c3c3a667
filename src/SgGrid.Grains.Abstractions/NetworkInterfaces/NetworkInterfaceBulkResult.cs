using System.Collections.Immutable;
using SgGrid.Domain.Errors;

namespace SgGrid.Grains.Abstractions.NetworkInterfaces;

/// <summary>
/// What a bulk creation made: the ids of the ENIs created (in the spec's order; null where that one failed), the
/// groups' versions after the bulk join, and the errors of the ENIs that failed.
/// </summary>
[GenerateSerializer, Immutable, Alias("sggrid.NetworkInterfaceBulkResult")]
public sealed record NetworkInterfaceBulkResult
{
    [Id(0)] public ImmutableArray<string?> NetworkInterfaceIds { get; init; } = [];
    /// <summary>Group id → its version once every created ENI is a member.</summary>
    [Id(1)] public ImmutableDictionary<string, long> GroupVersions { get; init; } = ImmutableDictionary<string, long>.Empty;
    [Id(2)] public ImmutableArray<EcsError> Errors { get; init; } = [];

    public bool Succeeded => Errors.IsDefaultOrEmpty;
}
