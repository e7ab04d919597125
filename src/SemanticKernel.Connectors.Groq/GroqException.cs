using System.Net;
using Microsoft.SemanticKernel;

namespace SemanticKernel.Connectors.Groq;

/// <summary>
/// An error answered by Groq, or a stream that failed. Derives from Semantic Kernel's
/// <see cref="HttpOperationException"/> so existing SK error handling keeps working.
/// </summary>
public class GroqException : HttpOperationException
{
    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public GroqException(string? message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public GroqException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance for an HTTP answer.</summary>
    /// <param name="statusCode">The HTTP status, when there was one.</param>
    /// <param name="responseContent">The response body.</param>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public GroqException(HttpStatusCode? statusCode, string? responseContent, string? message, Exception? innerException = null)
        : base(statusCode, responseContent, message, innerException)
    {
    }

    /// <summary>Gets Groq's <c>error.code</c>, such as <c>json_validate_failed</c> or <c>rate_limit_exceeded</c>.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Gets Groq's <c>error.type</c>, such as <c>invalid_request_error</c>.</summary>
    public string? ErrorType { get; init; }

    /// <summary>Gets Groq's <c>error.param</c>: the request field at fault.</summary>
    public string? Param { get; init; }

    /// <summary>Gets Groq's <c>error.failed_generation</c>: the raw model output that failed validation.</summary>
    public string? FailedGeneration { get; init; }

    /// <summary>Gets the request id (<c>x-request-id</c>), to quote to Groq support.</summary>
    public string? RequestId { get; init; }

    /// <summary>Gets the wait Groq asked for (<c>retry-after-ms</c> or <c>retry-after</c>).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Gets the rate-limit headers of the failed response.</summary>
    public GroqRateLimits? RateLimits { get; init; }
}
