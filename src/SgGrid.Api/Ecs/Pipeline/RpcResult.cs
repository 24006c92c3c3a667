using System.Diagnostics.CodeAnalysis;
using SgGrid.Domain.Errors;

namespace SgGrid.Api.Ecs.Pipeline;

/// <summary>What an action answers: a response body (serialized with ECS's field names, <c>RequestId</c> added), or an ECS error.</summary>
public sealed class RpcResult
{
    private RpcResult(object? body, EcsError? error)
    {
        Body = body;
        Error = error;
    }

    /// <summary>The response object; its public properties become the JSON fields. Null for a <c>{RequestId}</c>-only answer.</summary>
    public object? Body { get; }

    /// <summary>The error, when the action refused the request.</summary>
    public EcsError? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    /// <summary>A success answering only the RequestId.</summary>
    public static RpcResult Ok() => new(null, null);

    /// <summary>A success answering <paramref name="body"/>'s fields and the RequestId.</summary>
    public static RpcResult Ok(object body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new(body, null);
    }

    public static RpcResult Fail(EcsError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(null, error);
    }

    /// <summary>The first of <paramref name="errors"/> (ECS answers one error per request).</summary>
    public static RpcResult Fail(IReadOnlyList<EcsError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count > 0
            ? new(null, errors[0])
            : throw new ArgumentException("A failure needs at least one error.", nameof(errors));
    }

    public static implicit operator RpcResult(EcsError error) => Fail(error);
}
