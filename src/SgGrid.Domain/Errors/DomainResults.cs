using System.Collections.Immutable;

namespace SgGrid.Domain.Errors;

/// <summary>Factories for <see cref="DomainResult{T}"/>.</summary>
public static class DomainResults
{
    public static DomainResult<T> Success<T>(T value)
        where T : class => new(value, []);

    public static DomainResult<T> Failure<T>(IEnumerable<EcsError> errors)
        where T : class
    {
        var list = errors.ToImmutableArray();
        return list.IsEmpty ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new(null, list);
    }

    public static DomainResult<T> Failure<T>(EcsError error)
        where T : class => new(null, [error]);
}
