using BenchmarkDotNet.Running;
using SgGrid.Benchmarks.Engine;

namespace SgGrid.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project loadtests/SgGrid.Benchmarks -- --filter '*Evaluation*' --job short</c> runs
/// benchmarks; <c>-- footprint</c> prints the compiled structures' sizes instead.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && string.Equals(args[0], "footprint", StringComparison.OrdinalIgnoreCase))
        {
            FootprintReport.Write(Console.Out);
            return 0;
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
    }
}
