using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>The logger of a client or service.</summary>
internal static class Loggers
{
    /// <summary>
    /// A logger named after <typeparamref name="T"/>, or none. A factory that gives no logger (a test double) is taken
    /// as none, as SK's connectors take it.
    /// </summary>
    public static ILogger For<T>(ILoggerFactory? loggerFactory) =>
        loggerFactory?.CreateLogger(typeof(T).FullName ?? typeof(T).Name) ?? NullLogger.Instance;
}
