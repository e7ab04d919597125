using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.Emulator.Server;

/// <summary>A Groq error response: status code and the <c>error</c> object.</summary>
internal sealed record GroqError(int StatusCode, string Message, string Type = "invalid_request_error", string? Code = null, string? Param = null, string? FailedGeneration = null)
{
    public static GroqError BadRequest(string message, string? param = null) => new(400, message, Param: param);

    public static GroqError InvalidApiKey() => new(401, "Invalid API Key", Code: "invalid_api_key");

    public static GroqError ModelNotFound(string model) =>
        new(404, $"The model `{model}` does not exist or you do not have access to it.", Code: "model_not_found");

    public static GroqError ModelDecommissioned(string model) =>
        new(400, $"The model `{model}` has been decommissioned and is no longer supported. Please refer to https://console.groq.com/docs/deprecations for a recommendation on which model to use instead.", Code: "model_decommissioned");

    public static GroqError ContextLengthExceeded() =>
        new(400, "Please reduce the length of the messages or completion.", Code: "context_length_exceeded", Param: "messages");

    public static GroqError UnknownUrl(string method, string path) =>
        new(404, $"Unknown request URL: {method} {path}. Please check the URL for typos, or see the docs at https://console.groq.com/docs/", Code: "unknown_url");

    public byte[] ToJson() => EmulatorJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartObject("error");
        writer.WriteString("message", Message);
        writer.WriteString("type", Type);
        WriteOptional(writer, "code", Code);
        WriteOptional(writer, "param", Param);
        WriteOptional(writer, "failed_generation", FailedGeneration);
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
