using System.Text;
using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.UnitTests.Support;

/// <summary>One request seen by <see cref="CannedHandler"/>.</summary>
internal sealed record CapturedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>Gets the body as text.</summary>
    public string BodyText => Encoding.UTF8.GetString(Body);

    /// <summary>Gets the body parsed as JSON.</summary>
    public JsonElement BodyJson
    {
        get
        {
            using var document = JsonDocument.Parse(Body);
            return document.RootElement.Clone();
        }
    }

    /// <summary>Gets a header value, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
