namespace SgGrid.LoadTests.Engine;

/// <summary>Finds the ClassBench files: <c>tests/data/classbench</c> or <c>shared/data/classbench</c> above the working or base directory.</summary>
internal static class ClassBenchData
{
    public static string Find(string? given)
    {
        if (!string.IsNullOrEmpty(given))
        {
            return Directory.Exists(given) ? given : throw new DirectoryNotFoundException($"{given} does not exist.");
        }

        string[] relatives = [Path.Combine("tests", "data", "classbench"), Path.Combine("shared", "data", "classbench")];
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                foreach (var relative in relatives)
                {
                    var candidate = Path.Combine(dir.FullName, relative);
                    if (Directory.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }
        }

        throw new DirectoryNotFoundException("ClassBench data not found (tests/data/classbench); pass --data.");
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
