namespace SgGrid.Api.Ecs.Signatures;

/// <summary>
/// Picks the signature scheme a request uses and verifies it: an <c>Authorization</c> header means ACS3 (the SDKs'
/// default), otherwise the v1 <c>Signature</c> parameters in the query or form body.
/// </summary>
/// <remarks>Pure: no clock, no state. Freshness is <see cref="RequestFreshnessGuard"/>'s job.</remarks>
public sealed class SignatureVerifier
{
    private readonly Acs3SignatureVerifier acs3;
    private readonly V1SignatureVerifier v1;

    /// <summary>Creates a verifier for both schemes.</summary>
    /// <param name="secretLookup">Access key id → secret, or <see langword="null"/> for an unknown key.</param>
    public SignatureVerifier(Func<string, string?> secretLookup)
    {
        acs3 = new Acs3SignatureVerifier(secretLookup);
        v1 = new V1SignatureVerifier(secretLookup);
    }

    /// <summary>Verifies <paramref name="request"/> with the scheme it carries.</summary>
    /// <param name="request">The request as received.</param>
    public SignatureCheck Verify(SignedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.GetHeader("Authorization") is not null ? acs3.Verify(request) : v1.Verify(request);
    }
}
