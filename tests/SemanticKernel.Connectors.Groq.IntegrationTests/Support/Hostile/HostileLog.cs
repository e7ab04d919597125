using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Hostile;

/// <summary>Every formatted log line, at any level, for scanning.</summary>
internal sealed class HostileLog : ILoggerFactory, ILogger
{
    public ConcurrentQueue<(LogLevel Level, string Text)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => this;

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Enqueue((logLevel, formatter(state, exception) + (exception is null ? string.Empty : " " + exception)));

    public void Dispose()
    {
    }
}
