namespace SemanticKernel.Connectors.Groq;

/// <summary>
/// Groq-only request fields that MEAI callers set through <c>ChatOptions.AdditionalProperties</c>, under their
/// wire names. Any other key in <c>AdditionalProperties</c> is not sent.
/// </summary>
public static class GroqChatOptionKeys
{
    /// <summary><c>"hidden"</c>, <c>"raw"</c> or <c>"parsed"</c>. A <see cref="string"/>.</summary>
    public const string ReasoningFormat = "reasoning_format";

    /// <summary>Whether gpt-oss models return their reasoning. A <see cref="bool"/>.</summary>
    public const string IncludeReasoning = "include_reasoning";

    /// <summary>
    /// <c>"none"</c>, <c>"default"</c>, <c>"low"</c>, <c>"medium"</c> or <c>"high"</c>. A <see cref="string"/>;
    /// <c>ChatOptions.Reasoning.Effort</c> is the typed way and wins when both are set.
    /// </summary>
    public const string ReasoningEffort = "reasoning_effort";

    /// <summary><c>"auto"</c>, <c>"on_demand"</c>, <c>"flex"</c> or <c>"performance"</c>. A <see cref="string"/>.</summary>
    public const string ServiceTier = "service_tier";

    /// <summary>Web search settings of compound models. Any JSON-serializable value.</summary>
    public const string SearchSettings = "search_settings";

    /// <summary>Custom configuration of compound models. Any JSON-serializable value.</summary>
    public const string CompoundCustom = "compound_custom";

    /// <summary>Documents to ground the answer in. Any JSON-serializable value.</summary>
    public const string Documents = "documents";

    /// <summary>Whether answers grounded in <see cref="Documents"/> cite them: <c>"enabled"</c> or <c>"disabled"</c>. A <see cref="string"/>.</summary>
    public const string CitationOptions = "citation_options";

    /// <summary>Domains web search (compound models, <c>browser_search</c>) may use; the older form of <see cref="SearchSettings"/>. A list of strings.</summary>
    public const string IncludeDomains = "include_domains";

    /// <summary>Domains web search must not use; the older form of <see cref="SearchSettings"/>. A list of strings.</summary>
    public const string ExcludeDomains = "exclude_domains";

    /// <summary>Turns off Groq's check that called tools were offered. A <see cref="bool"/>.</summary>
    public const string DisableToolValidation = "disable_tool_validation";

    /// <summary>An end-user id for abuse monitoring. A <see cref="string"/>.</summary>
    public const string User = "user";

    /// <summary>
    /// Asks for Groq's strict schema adherence (<c>strict: true</c>) on a <c>json_schema</c> response format and on
    /// function tools. A <see cref="bool"/>; the same key MEAI's OpenAI client reads. A function's own
    /// <c>AdditionalProperties</c> entry under this key wins for that function.
    /// </summary>
    public const string StrictJsonSchema = "strictJsonSchema";
}
