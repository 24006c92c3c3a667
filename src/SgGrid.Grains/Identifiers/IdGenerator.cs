using System.Security.Cryptography;

namespace SgGrid.Grains.Identifiers;

/// <summary>ECS-shaped identifiers: a prefix and lowercase alphanumerics (<c>sgr-</c> + 20).</summary>
public static class IdGenerator
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public static string New(string prefix, int length = 20) =>
        prefix + RandomNumberGenerator.GetString(Alphabet, length);
}
