using SgGrid.Shared;

namespace SgGrid.LoadTests.Engine;

/// <summary>The ClassBench files: <c>--data</c> when given, else where <see cref="SharedData"/> finds them (SGGRID_SHARED_DIR, tests/data/classbench, shared/data/classbench).</summary>
internal static class ClassBenchData
{
    public static string Find(string? given)
    {
        if (!string.IsNullOrEmpty(given))
        {
            return Directory.Exists(given) ? given : throw new DirectoryNotFoundException($"{given} does not exist.");
        }

        return SharedData.ClassBenchDirectory;
    }

    /// <summary>The trace of <paramref name="set"/>: its own, or the 1k file's of the same family (acl1_10k has none).</summary>
    public static string TraceOf(string directory, string set)
    {
        var own = Path.Combine(directory, set + "_trace");
        if (File.Exists(own))
        {
            return own;
        }

        var family = set.Split('_')[0];
        var candidate = Directory.GetFiles(directory, family + "_*_trace").Order(StringComparer.Ordinal).FirstOrDefault();
        return candidate ?? throw new FileNotFoundException($"No trace for {set} in {directory}.");
    }
}
