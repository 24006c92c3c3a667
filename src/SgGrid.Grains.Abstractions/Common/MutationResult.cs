using System.Collections.Immutable;
using SgGrid.Domain.Errors;

namespace SgGrid.Grains.Abstractions.Common;

/// <summary>The outcome of a mutation: the resource's new version, or the ECS errors that refused it.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.MutationResult")]
public sealed record MutationResult(
    [property: Id(0)] long Version,
    [property: Id(1)] ImmutableArray<EcsError> Errors)
{
    public bool Succeeded => Errors.IsDefaultOrEmpty;

    public static MutationResult Success(long version) => new(version, []);

    public static MutationResult Failure(EcsError error) => new(0, [error]);

    public static MutationResult Failure(ImmutableArray<EcsError> errors) => new(0, errors);
}
