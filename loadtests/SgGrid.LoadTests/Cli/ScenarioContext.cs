using Spectre.Console;
using SgGrid.LoadTests.Reporting;

namespace SgGrid.LoadTests.Cli;

/// <summary>What a scenario runs with: the console for progress and tables, and the common options.</summary>
internal sealed class ScenarioContext(IAnsiConsole console, CommonOptions common)
{
    public IAnsiConsole Console { get; } = console;

    public CommonOptions Common { get; } = common;

    /// <summary>A fresh result for <paramref name="scenario"/>, with the machine and the options filled in.</summary>
    public RunResult NewResult(IScenario scenario, string topology)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var result = new RunResult { Mode = scenario.Mode, Machine = MachineInfo.Current(), Topology = topology };
        foreach (var property in scenario.Options.GetType().GetProperties())
        {
            result.Options[Camel(property.Name)] = Simple(property.GetValue(scenario.Options));
        }

        result.Options["seed"] = Common.Seed;
        result.Options["silos"] = Common.Topology.ConnectionString is null ? Common.Topology.Silos : null;
        result.Options["cluster"] = Common.Topology.ConnectionString is not null;
        return result;
    }

    /// <summary>Runs <paramref name="work"/> under a live progress bar fed by <paramref name="progress"/> (0 to <paramref name="total"/>).</summary>
    public async Task<T> TrackAsync<T>(string label, double total, Func<double> progress, Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(work);
        return await Console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask(Markup.Escape(label), maxValue: Math.Max(1, total));
                var running = work();
                while (!running.IsCompleted)
                {
                    task.Value = Math.Min(task.MaxValue, progress());
                    await Task.WhenAny(running, Task.Delay(250));
                }

                task.Value = task.MaxValue;
                return await running;
            });
    }

    public Task TrackAsync(string label, double total, Func<double> progress, Func<Task> work) =>
        TrackAsync(label, total, progress, async () =>
        {
            await work();
            return true;
        });

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static object? Simple(object? value) => value switch
    {
        null => null,
        string or bool or int or long or double => value,
        System.Collections.IEnumerable items => string.Join(",", items.Cast<object?>().Select(i => Convert.ToString(i, System.Globalization.CultureInfo.InvariantCulture))),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };
}
