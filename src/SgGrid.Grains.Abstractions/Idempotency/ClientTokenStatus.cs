namespace SgGrid.Grains.Abstractions.Idempotency;

/// <summary>What a ClientToken claim found.</summary>
[GenerateSerializer, Alias("sggrid.ClientTokenStatus")]
public enum ClientTokenStatus : byte
{
    /// <summary>The token was free: run the request, then complete or release it.</summary>
    Claimed = 0,

    /// <summary>A request with the same parameters succeeded: answer its response again.</summary>
    Completed = 1,

    /// <summary>The token was used by a request with other parameters (<c>IdempotentParameterMismatch</c>).</summary>
    Mismatch = 2,

    /// <summary>A request with the token is running now (<c>LastTokenProcessing</c>).</summary>
    InProgress = 3,
}
