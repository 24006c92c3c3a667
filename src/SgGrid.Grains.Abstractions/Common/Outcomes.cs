using SgGrid.Domain.Errors;

namespace SgGrid.Grains.Abstractions.Common;

/// <summary>Factories for <see cref="Outcome{T}"/>.</summary>
public static class Outcomes
{
    public static Outcome<T> Success<T>(T value)
        where T : class => new(value, []);

    public static Outcome<T> Failure<T>(EcsError error)
        where T : class => new(null, [error]);

    public static Outcome<T> Failure<T>(System.Collections.Immutable.ImmutableArray<EcsError> errors)
        where T : class => new(null, errors);
}
