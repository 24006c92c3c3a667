using SgGrid.LoadTests.Reporting;

namespace SgGrid.LoadTests.Cli;

/// <summary>One mode of the harness: runs and returns what it measured.</summary>
internal interface IScenario
{
    string Mode { get; }

    /// <summary>The mode's options, as recorded in the result.</summary>
    object Options { get; }

    Task<RunResult> RunAsync(ScenarioContext context, CancellationToken cancellationToken);
}
