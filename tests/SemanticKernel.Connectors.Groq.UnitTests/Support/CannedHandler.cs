using System.Net;
using System.Text;

namespace SemanticKernel.Connectors.Groq.UnitTests.Support;

/// <summary>
/// An in-memory <see cref="HttpMessageHandler"/>: records every request (method, URI, headers, body bytes)
/// and answers with canned responses (status, headers, JSON or SSE text), in order; the last one repeats.
/// </summary>
internal sealed class CannedHandler : HttpMessageHandler
{
    private readonly List<Canned> _responses = [];

    public CannedHandler(HttpStatusCode status, string body, string mediaType) => Then(status, body, mediaType);

    /// <summary>Gets the requests received, in order.</summary>
    public List<CapturedRequest> Requests { get; } = [];

    /// <summary>A handler answering with a JSON body.</summary>
    public static CannedHandler Json(string json, HttpStatusCode status = HttpStatusCode.OK) => new(status, json, "application/json");

    /// <summary>A handler answering 200 with an SSE body.</summary>
    public static CannedHandler Sse(string text) => new(HttpStatusCode.OK, text, "text/event-stream");

    /// <summary>A handler answering with a plain text body.</summary>
    public static CannedHandler Text(string text, HttpStatusCode status) => new(status, text, "text/plain");

    /// <summary>Adds a response given to the next request after the ones already added.</summary>
    public CannedHandler Then(HttpStatusCode status, string body, string mediaType = "application/json")
    {
        _responses.Add(new Canned(status, body, mediaType));
        return this;
    }

    /// <summary>Adds a header to the most recently added response.</summary>
    public CannedHandler WithHeader(string name, string value)
    {
        _responses[^1].Headers.Add(new(name, value));
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        byte[] body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
        {
            headers[header.Key] = string.Join(", ", header.Value);
        }

        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers)
            {
                headers[header.Key] = string.Join(", ", header.Value);
            }
        }

        Requests.Add(new CapturedRequest(request.Method, request.RequestUri!, headers, body));

        var canned = _responses[Math.Min(Requests.Count, _responses.Count) - 1];
        var response = new HttpResponseMessage(canned.Status)
        {
            Content = new StringContent(canned.Body, Encoding.UTF8, canned.MediaType),
            RequestMessage = request,
        };
        foreach (var (name, value) in canned.Headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    private sealed record Canned(HttpStatusCode Status, string Body, string MediaType)
    {
        public List<KeyValuePair<string, string>> Headers { get; } = [];
    }
}
