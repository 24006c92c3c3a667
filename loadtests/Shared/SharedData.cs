namespace SgGrid.Shared;

/// <summary>Finds the ClassBench data: the repository's copy (<c>tests/data/classbench</c>) or <c>shared/data/classbench</c> beside it.</summary>
/// <remarks>
/// <c>SGGRID_SHARED_DIR</c> (the <c>shared/</c> folder) wins. Otherwise the directories above the base directory and
/// above the current directory are searched: BenchmarkDotNet runs each benchmark in a generated child project whose
/// base directory differs from the host's, but both sit under the repository, and the repository sits beside shared/.
/// Linked into the projects that read the data (the benchmarks, the load harness, the domain tests).
/// </remarks>
internal static class SharedData
{
    public const string EnvironmentVariable = "SGGRID_SHARED_DIR";

    private static readonly Lazy<string> Directory = new(Find);

    public static string ClassBenchDirectory => Directory.Value;

    public static string ReadClassBench(string name) => File.ReadAllText(Path.Combine(ClassBenchDirectory, name));

    private static string Find()
    {
        string[] relatives = [Path.Combine("tests", "data", "classbench"), Path.Combine("shared", "data", "classbench")];
        var environment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(environment))
        {
            var candidate = Path.Combine(environment, "data", "classbench");
            return System.IO.Directory.Exists(candidate)
                ? candidate
                : throw new DirectoryNotFoundException($"{EnvironmentVariable}={environment}, but {candidate} does not exist.");
        }

        string[] starts = [AppContext.BaseDirectory, Environment.CurrentDirectory, Path.GetDirectoryName(typeof(SharedData).Assembly.Location) ?? ""];
        foreach (var start in starts.Where(s => s.Length > 0))
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                foreach (var relative in relatives)
                {
                    var candidate = Path.Combine(dir.FullName, relative);
                    if (System.IO.Directory.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"Could not find {string.Join(" or ", relatives)} above {string.Join(" or ", starts.Distinct())}; set {EnvironmentVariable} to the shared/ folder.");
    }
}
