using System.Diagnostics.CodeAnalysis;
using SgGrid.Domain.Errors;

namespace SgGrid.Api.Ecs.Signatures;

/// <summary>The outcome of verifying a request's signature: who signed it, when and with which nonce, or the ECS error.</summary>
/// <remarks>
/// Success says only that the signature is right. Whether the request is fresh (time window, nonce reuse) is
/// <see cref="RequestFreshnessGuard"/>'s question.
/// </remarks>
public sealed class SignatureCheck
{
    private SignatureCheck(string? accessKeyId, DateTimeOffset timestamp, string? nonce, EcsError? error)
    {
        AccessKeyId = accessKeyId;
        Timestamp = timestamp;
        Nonce = nonce;
        Error = error;
    }

    /// <summary>Whether the signature verified; then <see cref="AccessKeyId"/> and <see cref="Nonce"/> are set.</summary>
    [MemberNotNullWhen(true, nameof(AccessKeyId), nameof(Nonce))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsValid => Error is null;

    /// <summary>The access key id that signed the request (set on success).</summary>
    public string? AccessKeyId { get; }

    /// <summary>The request time the client signed (<c>x-acs-date</c> or <c>Timestamp</c>), UTC; default on failure.</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>The signature nonce (<c>x-acs-signature-nonce</c> or <c>SignatureNonce</c>), set on success.</summary>
    public string? Nonce { get; }

    /// <summary>The error with its exact ECS code (set on failure).</summary>
    public EcsError? Error { get; }

    /// <summary>A verified signature.</summary>
    /// <param name="accessKeyId">The signer's access key id.</param>
    /// <param name="timestamp">The signed request time, UTC.</param>
    /// <param name="nonce">The signed nonce.</param>
    public static SignatureCheck Success(string accessKeyId, DateTimeOffset timestamp, string nonce)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessKeyId);
        ArgumentException.ThrowIfNullOrEmpty(nonce);
        return new(accessKeyId, timestamp, nonce, null);
    }

    /// <summary>A rejected request.</summary>
    /// <param name="error">The ECS error.</param>
    public static SignatureCheck Failure(EcsError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(null, default, null, error);
    }

    /// <inheritdoc/>
    public override string ToString() => IsValid ? $"Valid ({AccessKeyId}, {Timestamp:O}, {Nonce})" : Error.ToString();
}
