using Microsoft.Extensions.Logging;

namespace SemanticKernel.Connectors.Groq.UnitTests.Support;

/// <summary>A logger factory whose every logger records the formatted messages with their level.</summary>
internal sealed class CapturingLogger : ILoggerFactory, ILogger
{
    public List<(LogLevel Level, string Message)> Entries { get; } = [];

    public ILogger CreateLogger(string categoryName) => this;

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (Entries)
        {
            Entries.Add((logLevel, formatter(state, exception)));
        }
    }

    public void Dispose()
    {
    }
}
