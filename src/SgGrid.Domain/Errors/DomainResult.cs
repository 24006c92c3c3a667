using System.Collections.Immutable;

namespace SgGrid.Domain.Errors;

/// <summary>A value, or every error that prevented it.</summary>
public sealed class DomainResult<T>
    where T : class
{
    internal DomainResult(T? value, ImmutableArray<EcsError> errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public ImmutableArray<EcsError> Errors { get; }

    public bool IsSuccess => Value is not null;

    /// <summary>The value; throws when the result is a failure (a bug in the caller).</summary>
    public T GetValueOrThrow() =>
        Value ?? throw new InvalidOperationException("The result is a failure: " + string.Join("; ", Errors));
}
