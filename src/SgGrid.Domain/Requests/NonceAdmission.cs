namespace SgGrid.Domain.Requests;

/// <summary>What a <see cref="NonceWindow"/> says about a request's nonce.</summary>
public enum NonceAdmission
{
    /// <summary>Not seen within its window: remembered now, the request may run.</summary>
    Admitted,

    /// <summary>Seen already and still within its window: a replay.</summary>
    Replayed,

    /// <summary>The window holds as many live nonces as it may: refused, so that none has to be forgotten early.</summary>
    Full,
}
