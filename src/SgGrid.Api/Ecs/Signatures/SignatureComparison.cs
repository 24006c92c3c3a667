using System.Security.Cryptography;

namespace SgGrid.Api.Ecs.Signatures;

/// <summary>Constant-time comparison of a computed MAC with the text a client sent.</summary>
internal static class SignatureComparison
{
    /// <summary>True when <paramref name="hex"/> (any case) encodes exactly <paramref name="expected"/>.</summary>
    public static bool FixedTimeEqualsHex(ReadOnlySpan<byte> expected, string hex)
    {
        Span<byte> sent = stackalloc byte[expected.Length];
        var status = Convert.FromHexString(hex, sent, out _, out var written);
        return status == System.Buffers.OperationStatus.Done
            && written == expected.Length
            && CryptographicOperations.FixedTimeEquals(expected, sent);
    }

    /// <summary>True when <paramref name="base64"/> encodes exactly <paramref name="expected"/>.</summary>
    public static bool FixedTimeEqualsBase64(ReadOnlySpan<byte> expected, string base64)
    {
        Span<byte> sent = stackalloc byte[expected.Length + 3];
        return Convert.TryFromBase64String(base64, sent, out var written)
            && written == expected.Length
            && CryptographicOperations.FixedTimeEquals(expected, sent[..written]);
    }
}
