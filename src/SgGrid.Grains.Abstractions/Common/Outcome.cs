using System.Collections.Immutable;
using SgGrid.Domain.Errors;

namespace SgGrid.Grains.Abstractions.Common;

/// <summary>A value, or the ECS errors that prevented it: how grain methods report expected failures.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.Outcome`1")]
public sealed record Outcome<T>(
    [property: Id(0)] T? Value,
    [property: Id(1)] ImmutableArray<EcsError> Errors)
    where T : class
{
    public bool Succeeded => Errors.IsDefaultOrEmpty && Value is not null;
}
