namespace SgGrid.Api.Tests.Support;

/// <summary>
/// A Node test suite of the repository: its locked packages are installed with <c>npm ci</c> on first use, then one test
/// file runs with <c>node --test</c>. Node 20 and npm are required: without them a suite fails, it does not skip.
/// </summary>
internal sealed class NodeSuite(string directory, string markerPackage)
{
    /// <summary>The official SDKs' conformance suite (<c>tests/sdk</c>).</summary>
    public static NodeSuite Sdk { get; } = new(Path.Combine(RepositoryPaths.Root, "tests", "sdk"), "@alicloud/ecs20140526");

    /// <summary>The Kubernetes manifest checks (<c>tests/k8s</c>).</summary>
    public static NodeSuite Kubernetes { get; } = new(Path.Combine(RepositoryPaths.Root, "tests", "k8s"), "kubernetes-models");

    private Lazy<Task>? _install;

    public string Directory { get; } = directory;

    /// <summary>Installs the suite's packages once per process (concurrent callers share the one install).</summary>
    public Task EnsureInstalledAsync() => LazyInitializer.EnsureInitialized(ref _install, () => new Lazy<Task>(InstallAsync)).Value;

    private async Task InstallAsync()
    {
        var marker = Path.Combine(Directory, "node_modules", Path.Combine(markerPackage.Split('/')), "package.json");
        if (File.Exists(marker))
        {
            return;
        }

        var (code, output) = await ProcessRunner.RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel", "error"], Directory, new Dictionary<string, string>(), TimeSpan.FromMinutes(5));
        if (code != 0)
        {
            throw new InvalidOperationException($"npm ci in {Directory} failed ({code}):\n{output}");
        }
    }

    /// <summary>Runs one test file; returns node's exit code and everything it printed.</summary>
    public Task<(int ExitCode, string Output)> RunFileAsync(string file, IReadOnlyDictionary<string, string> environment) =>
        ProcessRunner.RunAsync("node", ["--test", "--test-reporter=spec", file], Directory, environment, TimeSpan.FromMinutes(10));
}
