namespace SgGrid.Api.Tests.Ecs.Fuzzing;

/// <summary>Invalid values by <see cref="FuzzKind"/>, and noise (odd characters, huge lengths, unknown parameter names).</summary>
internal static class FuzzValues
{
    private static readonly string[] Junk =
    [
        "💥", "\u0000", "\u202e", "%", "%ZZ", "' OR 1=1 --", "<script>", "../../etc/passwd", "\t", "null", "[]", "{}", "ɑ̃", "𝔘𝔫𝔦", "\uFFFD", "\\", "\"",
    ];

    private static readonly string[] Regions = ["mars-north-1", "cn-hangzhou-x", "CN-HANGZHOU", "cn-hangzhou ", " cn-hangzhou", "cn_hangzhou", "*"];

    /// <summary>An invalid value for <paramref name="fuzzBreak"/>, or null to leave the parameter out.</summary>
    public static string? For(FuzzBreak fuzzBreak, Random random, IReadOnlyDictionary<string, string> ids)
    {
        switch (fuzzBreak.Kind)
        {
            case FuzzKind.Missing:
                return random.Next(2) == 0 ? null : "";
            case FuzzKind.Region:
                return random.Next(4) == 0 ? Garbage(random) + "-region" : Pick(random, Regions);
            case FuzzKind.Id:
                return random.Next(5) switch
                {
                    0 => Garbage(random),
                    1 => fuzzBreak.Prefix + RandomId(random),
                    2 => fuzzBreak.OtherTenantId is { } other ? Resolve(other, ids) : fuzzBreak.Prefix + RandomId(random).ToUpperInvariant(),
                    3 => fuzzBreak.Prefix + new string('a', random.Next(60, 20_000)),
                    _ => fuzzBreak.Prefix + Garbage(random),
                };
            case FuzzKind.Bool:
                return Pick(random, ["maybe", "2", "1", "0", "yes", "truee", "-1", "tru e", Garbage(random)]);
            case FuzzKind.Number:
                return Pick(random,
                [
                    "abc", "1.5", "1e3", "+ 1", "0x10", "99999999999999999999", Garbage(random),
                    ((long)fuzzBreak.Max + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ((long)fuzzBreak.Min - 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ]);
            case FuzzKind.Cidr:
                return Pick(random, ["abc", "10.0.0.0/33", "300.0.0.0/8", "10.0.0.0/-1", "::/129", "10.0.0/8x", "10.0.0.0/8/8", "1.2.3.4.5/32", Garbage(random)]);
            case FuzzKind.Name:
                return Pick(random, ["1abc", "a b", "http://x", new string('x', 129), "a", "-lead", "名字 有空格", "x " + Garbage(random), "x!" + Garbage(random)]);
            case FuzzKind.Text:
                return fuzzBreak.Min > 1 && random.Next(3) == 0 ? "x" : new string('y', random.Next(fuzzBreak.Max + 1, Math.Max(fuzzBreak.Max + 2, 70_000)));
            case FuzzKind.Choice:
                return Pick(random, ["Bogus", "fuzz", "ALLX", "in gress", "accept!", Garbage(random)]);
            case FuzzKind.JsonList:
                return Pick(random, ["[", "{\"a\":1}", "[1,2]", "x", "[\"a\",]", "[null]", "\"sg\""]);
            case FuzzKind.PortRange:
                return Pick(random, ["abc", "5/1", "0/70000", "1-2", "65536/65536", "-1/-1", "22", "1/2/3", Garbage(random)]);
            case FuzzKind.Protocol:
                return Pick(random, ["XYZ", "999", "-1", "T CP", "256", Garbage(random)]);
            case FuzzKind.Address:
                return Pick(random, ["abc", "10.0.0.300", "::g", "10.0.0", "1.2.3.4/24", Garbage(random)]);
            case FuzzKind.Add:
                return Resolve(fuzzBreak.Value!, ids);
            default:
                throw new ArgumentOutOfRangeException(nameof(fuzzBreak), fuzzBreak.Kind, null);
        }
    }

    /// <summary>Entries of a list with indexes that are no positive integers (<c>Permissions.0.IpProtocol</c>, <c>Ids.x</c>).</summary>
    public static IEnumerable<(string Name, string Value)> BadIndexes(FuzzBreak fuzzBreak, Random random)
    {
        // Not "1.5": that reads as entry 1 with an unknown field "5.X", which is ignored, as ECS ignores unknown parameters.
        var index = Pick(random, ["0", "x", "-1", "99999999999999999999", "01a", " 1"]);
        var name = fuzzBreak.Value is { } field ? $"{fuzzBreak.Parameter}.{index}.{field}" : $"{fuzzBreak.Parameter}.{index}";
        yield return (name, "TCP");
    }

    /// <summary>Parameters no action reads: they must change nothing.</summary>
    public static (string Name, string Value) Noise(Random random) =>
        ($"Fz{random.Next(1000)}{Pick(random, ["", ".1", ".1.Key", "_x"])}", random.Next(4) == 0 ? Garbage(random) : RandomId(random));

    /// <summary>Printable ASCII garbage: what can travel in a header (action and version names).</summary>
    public static string AsciiGarbage(Random random) =>
        new([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => (char)random.Next(0x21, 0x7f))]);

    public static string Garbage(Random random)
    {
        var length = random.Next(1, 12);
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < length; i++)
        {
            text.Append(random.Next(3) == 0 ? Pick(random, Junk) : (char)random.Next(0x20, 0x7f));
        }

        return text.ToString();
    }

    private static string RandomId(Random random) =>
        new([.. Enumerable.Range(0, 20).Select(_ => "abcdefghijklmnopqrstuvwxyz0123456789"[random.Next(36)])]);

    private static string Resolve(string value, IReadOnlyDictionary<string, string> ids) =>
        value.StartsWith('{') && value.EndsWith('}') ? ids[value[1..^1]] : value;

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
