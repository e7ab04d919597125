namespace SemanticKernel.Connectors.Groq;

/// <summary>
/// Keys under which Groq-specific response data is placed in <c>AdditionalProperties</c> of MEAI responses
/// and updates, and in the <c>Metadata</c> of Semantic Kernel contents.
/// </summary>
public static class GroqMetadataKeys
{
    /// <summary>The completion id, on Semantic Kernel contents (MEAI has <c>ChatResponse.ResponseId</c>). A <see cref="string"/>.</summary>
    public const string Id = "Id";

    /// <summary>
    /// When the completion was created, on Semantic Kernel contents. A <see cref="DateTimeOffset"/>. The key is
    /// <c>CreatedAt</c>, as SK's OpenAI connector names it.
    /// </summary>
    public const string Created = "CreatedAt";

    /// <summary>
    /// The finish reason, on Semantic Kernel contents, named as SK's OpenAI connector names it: <c>Stop</c>,
    /// <c>Length</c>, <c>ToolCalls</c>, <c>ContentFilter</c>. A <see cref="string"/>.
    /// </summary>
    public const string FinishReason = "FinishReason";

    /// <summary>Token counts, on Semantic Kernel contents. A <c>Microsoft.Extensions.AI.UsageDetails</c>.</summary>
    public const string Usage = "Usage";

    /// <summary>Groq's request id (<c>x_groq.id</c>, equal to the <c>x-request-id</c> header). A <see cref="string"/>.</summary>
    public const string RequestId = "x_groq.id";

    /// <summary>The <c>system_fingerprint</c> of the response. A <see cref="string"/>.</summary>
    public const string SystemFingerprint = "system_fingerprint";

    /// <summary>The <c>service_tier</c> that served the request. A <see cref="string"/>.</summary>
    public const string ServiceTier = "service_tier";

    /// <summary>Time the request waited in Groq's queue (<c>usage.queue_time</c>). A <see cref="TimeSpan"/>.</summary>
    public const string QueueTime = "queue_time";

    /// <summary>Time spent on the prompt (<c>usage.prompt_time</c>). A <see cref="TimeSpan"/>.</summary>
    public const string PromptTime = "prompt_time";

    /// <summary>Time spent generating (<c>usage.completion_time</c>). A <see cref="TimeSpan"/>.</summary>
    public const string CompletionTime = "completion_time";

    /// <summary>Total processing time (<c>usage.total_time</c>). A <see cref="TimeSpan"/>.</summary>
    public const string TotalTime = "total_time";

    /// <summary>
    /// The built-in tools Groq ran for the answer (<c>executed_tools</c>: web search, code execution, compound models'
    /// tools), on Semantic Kernel contents. An <c>IReadOnlyList</c> of MEAI <c>AIContent</c>: for each tool its call
    /// (<c>WebSearchToolCallContent</c>, <c>CodeInterpreterToolCallContent</c>, or <c>ToolCallContent</c> for other
    /// tools) and, once it finished, its result (<c>WebSearchToolResultContent</c>, <c>CodeInterpreterToolResultContent</c>,
    /// <c>ToolResultContent</c>). MEAI callers find the same contents in the message itself.
    /// </summary>
    public const string ExecutedTools = "ExecutedTools";

    /// <summary>
    /// The citations of the answer's text (<c>annotations</c>, for requests with <c>documents</c> and
    /// <c>citation_options: "enabled"</c>), on Semantic Kernel contents. An <c>IReadOnlyList</c> of MEAI
    /// <c>CitationAnnotation</c>. MEAI callers find them on the <c>TextContent.Annotations</c> of the message.
    /// </summary>
    public const string Citations = "Citations";

    /// <summary>The rate-limit headers of the response. A <see cref="GroqRateLimits"/>.</summary>
    public const string RateLimits = "rate_limits";

    /// <summary>The spoken language Groq reports for a <c>verbose_json</c> transcript (a name such as "English"). A <see cref="string"/>.</summary>
    public const string Language = "Language";

    /// <summary>The duration of the transcribed audio (<c>verbose_json</c>). A <see cref="TimeSpan"/>.</summary>
    public const string Duration = "Duration";

    /// <summary>The transcript's segments with quality flags (<c>verbose_json</c>). An <c>IReadOnlyList</c> of <see cref="GroqTranscriptionSegment"/>.</summary>
    public const string Segments = "Segments";

    /// <summary>The transcript's timed words (word granularity). An <c>IReadOnlyList</c> of <see cref="GroqTranscriptionWord"/>.</summary>
    public const string Words = "Words";

    /// <summary>How many chunks audio over the upload limit was split into (absent when it was sent whole). An <see cref="int"/>.</summary>
    public const string Chunks = "Chunks";
}
