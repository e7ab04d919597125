using System.Text;
using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.Emulator;

/// <summary>A request the emulator received, with the status code it answered.</summary>
public sealed class RecordedRequest
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoForm = new Dictionary<string, IReadOnlyList<string>>();

    internal RecordedRequest(
        string method,
        string path,
        IReadOnlyDictionary<string, string> headers,
        string? contentType,
        byte[] body,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? form = null,
        IReadOnlyList<RecordedFile>? files = null)
    {
        Method = method;
        Path = path;
        Headers = headers;
        ContentType = contentType;
        Body = body;
        BodyText = Encoding.UTF8.GetString(body);
        Json = TryParse(body);
        Form = form ?? NoForm;
        Files = files ?? [];
    }

    /// <summary>The HTTP method, e.g. <c>POST</c>.</summary>
    public string Method { get; }

    /// <summary>The request path, e.g. <c>/openai/v1/chat/completions</c>.</summary>
    public string Path { get; }

    /// <summary>The request headers: lower-case name to value (several values joined with <c>", "</c>).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The <c>Content-Type</c> header, if any.</summary>
    public string? ContentType { get; }

    /// <summary>The raw request body; empty for <c>multipart/form-data</c> requests, which are recorded in <see cref="Form"/> and <see cref="Files"/>.</summary>
#pragma warning disable CA1819 // The body is a snapshot owned by this record.
    public byte[] Body { get; }
#pragma warning restore CA1819

    /// <summary>The request body decoded as UTF-8.</summary>
    public string BodyText { get; }

    /// <summary>The parsed body when it is JSON, otherwise null.</summary>
    public JsonElement? Json { get; }

    /// <summary>
    /// The text fields of a <c>multipart/form-data</c> request: field name to values, names in order of first appearance,
    /// values in arrival order (repeated fields such as <c>timestamp_granularities[]</c> keep every value). Empty for other requests.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Form { get; }

    /// <summary>The file parts of a <c>multipart/form-data</c> request, in arrival order, without their bytes. Empty for other requests.</summary>
    public IReadOnlyList<RecordedFile> Files { get; }

    /// <summary>The status code the emulator answered: 0 while the request is still being handled, 499 when the client went away during a scripted delay.</summary>
    public int StatusCode { get; internal set; }

    private static JsonElement? TryParse(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
