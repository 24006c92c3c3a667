namespace SgGrid.Domain.Tests.Support;

/// <summary>Finds the ClassBench test data: the repository's copy (tests/data/classbench) or shared/data/classbench beside it.</summary>
public static class SharedData
{
    public static string ClassBenchDirectory { get; } = Find(Path.Combine("tests", "data", "classbench"), Path.Combine("shared", "data", "classbench"));

    public static string ReadClassBench(string name) => File.ReadAllText(Path.Combine(ClassBenchDirectory, name));

    private static string Find(params string[] relatives)
    {
        var environment = Environment.GetEnvironmentVariable("SGGRID_SHARED_DIR");
        if (!string.IsNullOrEmpty(environment))
        {
            return Path.Combine(environment, "data", "classbench");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
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

        throw new DirectoryNotFoundException($"Could not find {string.Join(" or ", relatives)} above {AppContext.BaseDirectory}; set SGGRID_SHARED_DIR.");
    }
}
