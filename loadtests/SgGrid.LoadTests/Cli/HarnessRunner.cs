using System.Diagnostics;
using Spectre.Console;
using SgGrid.LoadTests.Reporting;

namespace SgGrid.LoadTests.Cli;

/// <summary>Runs a scenario, prints its tables, writes its JSON and HTML, and returns the process exit code.</summary>
internal static class HarnessRunner
{
    /// <summary>Exit code when the run's verdicts disagree with the reference evaluator (a correctness failure, not a missed bar).</summary>
    public const int VerificationFailed = 3;

    public static async Task<(int ExitCode, RunResult Result)> RunAsync(IScenario scenario, CommonOptions common, IAnsiConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(common);
        ArgumentNullException.ThrowIfNull(console);
        var context = new ScenarioContext(console, common);
        var clock = Stopwatch.StartNew();
        console.MarkupLine($"[bold]SgGrid load harness[/]: {Markup.Escape(scenario.Mode)} ({Environment.ProcessorCount} cores, load average {Markup.Escape(MachineInfo.LoadAverageNow())})");
        var result = await scenario.RunAsync(context, cancellationToken);
        result.DurationSeconds = clock.Elapsed.TotalSeconds;
        ConsoleReport.Write(console, result);
        if (common.JsonPath is { } json)
        {
            await ResultWriter.WriteAsync(result, json);
            console.MarkupLine($"JSON result: {Markup.Escape(Path.GetFullPath(json))}");
        }

        if (common.ReportPath is { } report)
        {
            await HtmlReport.WriteAsync(result, report);
            console.MarkupLine($"HTML report: {Markup.Escape(Path.GetFullPath(report))}");
        }

        var mismatches = result.Figures.Where(f => f.Name.EndsWith("Mismatches", StringComparison.Ordinal)).Sum(f => f.Value);
        return (mismatches > 0 ? VerificationFailed : 0, result);
    }
}
