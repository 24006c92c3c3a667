namespace SgGrid.Domain.Identifiers;

/// <summary>
/// Makes ECS-shaped resource ids: a prefix and lowercase alphanumerics (<c>vpc-</c>/<c>vsw-</c> + 21,
/// <c>sg-</c>/<c>sgr-</c>/<c>eni-</c>/<c>i-</c>/<c>pl-</c> + 20). The randomness comes from the caller: the domain has none.
/// </summary>
/// <remarks>Real ids encode the region in their first characters; SgGrid's are uniformly random, which clients accept (no SDK validates ids).</remarks>
public static class ResourceIds
{
    public const string VpcPrefix = "vpc-";
    public const string VSwitchPrefix = "vsw-";
    public const string SecurityGroupPrefix = "sg-";
    public const string SecurityGroupRulePrefix = "sgr-";
    public const string NetworkInterfacePrefix = "eni-";
    public const string InstancePrefix = "i-";
    public const string PrefixListPrefix = "pl-";

    /// <summary>Characters after the prefix of VPC and vSwitch ids.</summary>
    public const int VpcSuffixLength = 21;

    /// <summary>Characters after the prefix of ECS ids (groups, rules, ENIs, instances, prefix lists).</summary>
    public const int EcsSuffixLength = 20;

    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public static string NewVpcId(Random random) => Create(VpcPrefix, VpcSuffixLength, random);

    public static string NewVSwitchId(Random random) => Create(VSwitchPrefix, VpcSuffixLength, random);

    public static string NewSecurityGroupId(Random random) => Create(SecurityGroupPrefix, EcsSuffixLength, random);

    public static string NewSecurityGroupRuleId(Random random) => Create(SecurityGroupRulePrefix, EcsSuffixLength, random);

    public static string NewNetworkInterfaceId(Random random) => Create(NetworkInterfacePrefix, EcsSuffixLength, random);

    public static string NewInstanceId(Random random) => Create(InstancePrefix, EcsSuffixLength, random);

    public static string NewPrefixListId(Random random) => Create(PrefixListPrefix, EcsSuffixLength, random);

    /// <summary>An id of <paramref name="prefix"/> and <paramref name="length"/> characters drawn from <paramref name="random"/>.</summary>
    public static string Create(string prefix, int length, Random random)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        return string.Create(prefix.Length + length, (prefix, random), static (span, state) =>
        {
            state.prefix.AsSpan().CopyTo(span);
            for (var i = state.prefix.Length; i < span.Length; i++)
            {
                span[i] = Alphabet[state.random.Next(Alphabet.Length)];
            }
        });
    }

    /// <summary>An id of <paramref name="prefix"/> and one character per byte of <paramref name="bytes"/> (deterministic: same bytes, same id).</summary>
    public static string Create(string prefix, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentOutOfRangeException.ThrowIfZero(bytes.Length, nameof(bytes));
        Span<char> suffix = bytes.Length <= 64 ? stackalloc char[bytes.Length] : new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            suffix[i] = Alphabet[bytes[i] % Alphabet.Length];
        }

        return string.Concat(prefix, suffix);
    }

    /// <summary>Whether <paramref name="id"/> is <paramref name="prefix"/> followed by at least one lowercase alphanumeric and nothing else.</summary>
    public static bool HasShape(string? id, string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (id is null || id.Length <= prefix.Length || !id.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in id.AsSpan(prefix.Length))
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
