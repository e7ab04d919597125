using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Conformance;

/// <summary>What the Node script reported for one scenario: the value groq-sdk returned, its stream chunks, or its error.</summary>
internal sealed record SdkOutcome(JsonElement Entry)
{
    public bool Ok => Entry.GetProperty("ok").GetBoolean();

    public JsonElement Result => Entry.GetProperty("result");

    public JsonElement Chunks => Entry.GetProperty("chunks");

    public JsonElement Error => Entry.GetProperty("error");

    /// <summary>The constructor name of the error groq-sdk threw, e.g. <c>RateLimitError</c>.</summary>
    public string ErrorClass => Error.GetProperty("class").GetString()!;

    /// <summary>The error's prototype chain, most derived first, e.g. <c>RateLimitError, APIError, GroqError, Error</c>.</summary>
    public IReadOnlyList<string> ErrorChain => [.. Error.GetProperty("chain").EnumerateArray().Select(e => e.GetString()!)];

    public bool IsApiError => Error.GetProperty("isAPIError").GetBoolean();

    public int? Status => Error.GetProperty("status") is { ValueKind: JsonValueKind.Number } status ? status.GetInt32() : null;

    /// <summary>groq-sdk's <c>error.error</c>: the parsed response body (<c>{"error":{...}}</c>) or, in a stream, the <c>error</c> object.</summary>
    public JsonElement ErrorBody => Error.GetProperty("body");

    /// <summary>Groq's <c>error</c> object, wherever groq-sdk put it.</summary>
    public JsonElement GroqError => ErrorBody.TryGetProperty("error", out var inner) ? inner : ErrorBody;

    public string? ErrorHeader(string name) =>
        Error.GetProperty("headers").TryGetProperty(name, out var value) ? value.GetString() : null;

    public override string ToString()
    {
        string text = Entry.GetRawText();
        return text.Length <= 2000 ? text : text[..2000] + "...";
    }
}
