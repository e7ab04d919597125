using System.Diagnostics;

namespace SemanticKernel.Connectors.Groq.Core.Telemetry;

/// <summary>Attribute names on the connector's spans and measurements: OpenTelemetry's where one exists, <c>groq.*</c> otherwise.</summary>
internal static class TelemetryTags
{
    public const string ProviderName = "gen_ai.provider.name";
    public const string OperationName = "gen_ai.operation.name";
    public const string RequestModel = "gen_ai.request.model";
    public const string ResponseModel = "gen_ai.response.model";
    public const string TokenType = "gen_ai.token.type";
    public const string ErrorType = "error.type";
    public const string HttpMethod = "http.request.method";
    public const string HttpStatusCode = "http.response.status_code";
    public const string UrlPath = "url.path";

    public const string Attempt = "groq.attempt";
    public const string RequestId = "groq.request_id";
    public const string RetryReason = "groq.retry.reason";
    public const string RetryDelay = "groq.retry.delay";
    public const string RateLimitWait = "groq.rate_limit.wait";
    public const string ServiceTier = "groq.service_tier";
    public const string QueueTime = "groq.usage.queue_time";
    public const string PromptTime = "groq.usage.prompt_time";
    public const string CompletionTime = "groq.usage.completion_time";
    public const string TimeToFirstToken = "groq.time_to_first_token";

    /// <summary>The value of <see cref="ProviderName"/>.</summary>
    public const string Groq = "groq";

    /// <summary>The tags every measurement of an <paramref name="operation"/> carries: provider, operation and the models known.</summary>
    public static TagList Of(string operation, string? requestModel, string? responseModel = null)
    {
        var tags = new TagList { { ProviderName, Groq }, { OperationName, operation } };
        if (requestModel is not null)
        {
            tags.Add(RequestModel, requestModel);
        }

        if (responseModel is not null)
        {
            tags.Add(ResponseModel, responseModel);
        }

        return tags;
    }
}
