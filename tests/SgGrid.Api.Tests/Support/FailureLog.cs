using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SgGrid.Api.Tests.Support;

/// <summary>
/// A logger provider that keeps every fail-level line (Error and Critical) the host writes, so tests can assert that client
/// input never produces one (issue 14: 0 fail-level log lines from client input).
/// </summary>
public sealed class FailureLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    /// <summary>How many fail-level lines were written so far.</summary>
    public int Count => _lines.Count;

    /// <summary>The fail-level lines written after the first <paramref name="skip"/>.</summary>
    public IReadOnlyList<string> Since(int skip) => [.. _lines.Skip(skip)];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(FailureLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log._lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception?.GetType().Name}");
            }
        }
    }
}
