namespace SgGrid.Api.Ecs.Signatures;

/// <summary>The parsed <c>Authorization</c> header of an ACS3 request.</summary>
/// <param name="Algorithm">The algorithm token, e.g. <c>ACS3-HMAC-SHA256</c>.</param>
/// <param name="AccessKeyId">The <c>Credential</c> value.</param>
/// <param name="SignedHeaders">The <c>SignedHeaders</c> value as sent (names separated by <c>;</c>).</param>
/// <param name="Signature">The <c>Signature</c> value (lower-case hex from the SDKs).</param>
public sealed record Acs3Authorization(string Algorithm, string AccessKeyId, string SignedHeaders, string Signature)
{
    /// <summary>
    /// Parses <c>ALGORITHM Credential=…,SignedHeaders=…,Signature=…</c> (parts in any order, spaces after commas
    /// tolerated); false when the header is missing, has no algorithm, or lacks any of the three parts.
    /// </summary>
    /// <param name="header">The <c>Authorization</c> header value.</param>
    /// <param name="authorization">The parsed header.</param>
    public static bool TryParse(string? header, out Acs3Authorization? authorization)
    {
        authorization = null;
        if (string.IsNullOrWhiteSpace(header))
        {
            return false;
        }

        var trimmed = header.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return false;
        }

        string? credential = null, signedHeaders = null, signature = null;
        foreach (var part in trimmed[(space + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return false;
            }

            var value = part[(equals + 1)..].Trim();
            switch (part[..equals].Trim())
            {
                case "Credential": credential = value; break;
                case "SignedHeaders": signedHeaders = value; break;
                case "Signature": signature = value; break;
                default: break;
            }
        }

        if (string.IsNullOrEmpty(credential) || string.IsNullOrEmpty(signedHeaders) || string.IsNullOrEmpty(signature))
        {
            return false;
        }

        authorization = new Acs3Authorization(trimmed[..space], credential, signedHeaders, signature);
        return true;
    }
}
