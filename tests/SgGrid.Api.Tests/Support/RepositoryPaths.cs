namespace SgGrid.Api.Tests.Support;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding <c>SgGrid.sln</c>, found upwards from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SgGrid.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"SgGrid.sln not found above {AppContext.BaseDirectory}.");
    }
}
