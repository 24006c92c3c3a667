using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using SgGrid.Domain.Errors;

namespace SgGrid.Api.Ecs.Pipeline;

/// <summary>What an action answers: a response body (serialized with ECS's field names, <c>RequestId</c> added), or an ECS error.</summary>
public sealed class RpcResult
{
    private RpcResult(object? body, EcsError? error, Func<StreamedAnswer, CancellationToken, Task>? members = null)
    {
        Body = body;
        Error = error;
        Members = members;
    }

    /// <summary>
    /// For an answer too large to build in memory (ExportRegion): writes the body's fields, after <c>RequestId</c>, straight to
    /// the response as they are produced. Null for an ordinary <see cref="Body"/>.
    /// </summary>
    public Func<StreamedAnswer, CancellationToken, Task>? Members { get; }

    /// <summary>A success whose fields <paramref name="members"/> writes to the response (property names and values).</summary>
    public static RpcResult Streamed(Func<StreamedAnswer, CancellationToken, Task> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        return new(null, null, members);
    }

    /// <summary>
    /// The response object; its public properties become the JSON fields. Null for a <c>{RequestId}</c>-only answer. For a
    /// failure, the error's details (see <see cref="Fail(EcsError, object)"/>) or null.
    /// </summary>
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

    /// <summary>A failure whose answer carries <paramref name="details"/>' properties beside Code and Message (ImportRegion's <c>Problems</c>).</summary>
    public static RpcResult Fail(EcsError error, object details)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(details);
        return new(details, error);
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
