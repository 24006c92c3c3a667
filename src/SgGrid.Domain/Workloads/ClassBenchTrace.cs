using System.Globalization;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;

namespace SgGrid.Domain.Workloads;

/// <summary>A ClassBench header trace as flows arriving at the ENI of a <see cref="ClassBenchRuleSet"/>.</summary>
public static class ClassBenchTrace
{
    /// <summary>Parses <c>srcIP dstIP sport dport proto flags rule</c> lines (decimal, IPs as 32-bit integers).</summary>
    public static Flow[] Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var flows = new Flow[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            var f = lines[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (f.Length < 5)
            {
                throw new FormatException($"ClassBench trace line {i + 1} has {f.Length} fields.");
            }

            flows[i] = new Flow(
                IpFamily.IPv4,
                uint.Parse(f[0], CultureInfo.InvariantCulture),
                uint.Parse(f[1], CultureInfo.InvariantCulture),
                byte.Parse(f[4], CultureInfo.InvariantCulture),
                ushort.Parse(f[2], CultureInfo.InvariantCulture),
                ushort.Parse(f[3], CultureInfo.InvariantCulture));
        }

        return flows;
    }
}
