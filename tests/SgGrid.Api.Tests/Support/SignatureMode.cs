namespace SgGrid.Api.Tests.Support;

/// <summary>How <see cref="EcsClient"/> signs: the SDKs' default ACS3-HMAC-SHA256, or the legacy v1 HMAC-SHA1 query signature.</summary>
public enum SignatureMode
{
    Acs3,
    V1,
}
