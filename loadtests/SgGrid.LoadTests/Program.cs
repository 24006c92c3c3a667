using Spectre.Console;
using SgGrid.LoadTests.Cli;

// SgGrid load harness: dotnet run -c Release --project loadtests/SgGrid.LoadTests -- <mode> [options]
// Modes: flows, fanout, churn, api, scale, engine, whatif, region, noisy (--help on each); see loadtests/README.md.
return await HarnessCommand.InvokeAsync(args, AnsiConsole.Console);
