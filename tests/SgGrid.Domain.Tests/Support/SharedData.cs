namespace SgGrid.Domain.Tests.Support;

/// <summary>Finds the shared test data (../shared/data beside the repository) from the test's working directory.</summary>
public static class SharedData
{
    public static string ClassBenchDirectory { get; } = Find(Path.Combine("shared", "data", "classbench"));

    public static string ReadClassBench(string name) => File.ReadAllText(Path.Combine(ClassBenchDirectory, name));

    private static string Find(string relative)
    {
        var environment = Environment.GetEnvironmentVariable("SGGRID_SHARED_DIR");
        if (!string.IsNullOrEmpty(environment))
        {
            return Path.Combine(environment, "data", "classbench");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"Could not find {relative} above {AppContext.BaseDirectory}; set SGGRID_SHARED_DIR.");
    }
}
