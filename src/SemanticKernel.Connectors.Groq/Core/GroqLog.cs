using Microsoft.Extensions.Logging;

namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>Source-generated log messages. None of them takes the API key.</summary>
internal static partial class GroqLog
{
    [LoggerMessage(1, LogLevel.Debug, "Groq request {Method} {Path} (attempt {Attempt})")]
    public static partial void Sending(ILogger logger, string method, string path, int attempt);

    [LoggerMessage(2, LogLevel.Debug, "Groq answered {StatusCode} for {Path}, request id {RequestId}")]
    public static partial void Answered(ILogger logger, int statusCode, string path, string? requestId);

    [LoggerMessage(3, LogLevel.Warning, "Groq request failed ({Reason}); retry {Retry} in {Delay}")]
    public static partial void Retrying(ILogger logger, string reason, int retry, TimeSpan delay);

    [LoggerMessage(4, LogLevel.Warning, "Groq request to {Path} failed: {StatusCode} {ErrorCode}, request id {RequestId}")]
    public static partial void Failed(ILogger logger, string path, int statusCode, string? errorCode, string? requestId);

    [LoggerMessage(5, LogLevel.Warning, "Setting {Setting} is not supported by Groq and was not sent")]
    public static partial void SettingIgnored(ILogger logger, string setting);

    [LoggerMessage(6, LogLevel.Information, "Audio of {Bytes} bytes is over the {Limit}-byte upload limit: transcribing it in {Chunks} chunks")]
    public static partial void Chunking(ILogger logger, long bytes, long limit, int chunks);

    [LoggerMessage(7, LogLevel.Information, "Converted {Bytes} bytes of audio with ffmpeg to {Converted} bytes of {Format}")]
    public static partial void Converted(ILogger logger, long bytes, long converted, string format);

    [LoggerMessage(8, LogLevel.Debug, "The limit of {Limit} automatically invoked requests per call is reached: further function calls are returned to the caller")]
    public static partial void AutoInvokeLimit(ILogger logger, int limit);

    [LoggerMessage(9, LogLevel.Debug, "The limit of {Limit} function invocations in flight is reached: further function calls are returned to the caller")]
    public static partial void InFlightAutoInvokeLimit(ILogger logger, int limit);

    [LoggerMessage(10, LogLevel.Warning, "ToolCallBehavior {Behavior} (the OpenAI connector's legacy tool setting) is applied as that connector applies it; FunctionChoiceBehavior is its successor")]
    public static partial void LegacyToolCallBehavior(ILogger logger, string behavior);

    [LoggerMessage(11, LogLevel.Debug, "Function call {CallId} ({Name}) was answered with an error: {Error}")]
    public static partial void FunctionCallFailed(ILogger logger, string? callId, string name, string error);

    [LoggerMessage(12, LogLevel.Debug, "A function invocation filter terminated automatic function calling at {Name}")]
    public static partial void FunctionCallingTerminated(ILogger logger, string name);

    [LoggerMessage(13, LogLevel.Warning, "Groq sent {Fields} out of range; dropped or clamped, request id {RequestId}")]
    public static partial void Unrepresentable(ILogger logger, string fields, string? requestId);
}
