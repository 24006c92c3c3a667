using System.Diagnostics;
using System.Text;

namespace SgGrid.Api.Tests.Support;

/// <summary>
/// Runs the Node SDK suite (<c>tests/sdk</c>): installs its locked packages with <c>npm ci</c> on first use, then runs one
/// test file with <c>node --test</c>. Node 20 and npm are required: without them the suite fails, it does not skip.
/// </summary>
internal static class NodeSuite
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private static bool _installed;

    public static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (_installed)
            {
                return;
            }

            var marker = Path.Combine(RepositoryPaths.SdkSuite, "node_modules", "@alicloud", "ecs20140526", "package.json");
            if (!File.Exists(marker))
            {
                var (code, output) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel", "error"], RepositoryPaths.SdkSuite, new Dictionary<string, string>(), TimeSpan.FromMinutes(5));
                if (code != 0)
                {
                    throw new InvalidOperationException($"npm ci in tests/sdk failed ({code}):\n{output}");
                }
            }

            _installed = true;
        }
        finally
        {
            InstallLock.Release();
        }
    }

    /// <summary>Runs one test file against the endpoint; returns node's exit code and everything it printed.</summary>
    public static Task<(int ExitCode, string Output)> RunFileAsync(string file, IReadOnlyDictionary<string, string> environment) =>
        RunAsync("node", ["--test", "--test-reporter=spec", file], RepositoryPaths.SdkSuite, environment, TimeSpan.FromMinutes(10));

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, string[] arguments, string directory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }

        output.Append(await stdout).Append(await stderr);
        return (process.ExitCode, output.ToString());
    }
}
