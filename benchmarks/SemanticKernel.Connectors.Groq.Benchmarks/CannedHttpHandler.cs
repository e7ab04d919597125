using System.Net;
using System.Net.Http.Headers;

namespace SemanticKernel.Connectors.Groq.Benchmarks;

/// <summary>
/// Replaces the network: answers every request with a fresh 200 response over the same pre-built bytes.
/// The request body is always drained (as a socket would), so lazily serialized content is paid for: into
/// <see cref="Stream.Null"/>, or into <paramref name="drain"/> when one is given.
/// </summary>
internal sealed class CannedHttpHandler(byte[] body, string mediaType, bool asStream, Stream? drain = null) : HttpMessageHandler
{
    private readonly MediaTypeHeaderValue _contentType = new(mediaType);

    /// <summary>Gets how many requests were answered.</summary>
    public int Requests { get; private set; }

    /// <summary>Gets or sets whether the next request body is kept in <see cref="LastRequestBody"/> (verification only).</summary>
    public bool Capture { get; set; }

    /// <summary>Gets the last captured request body.</summary>
    public byte[]? LastRequestBody { get; private set; }

    /// <summary>Gets the last captured request URI.</summary>
    public Uri? LastRequestUri { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests++;
        if (request.Content is { } content)
        {
            if (Capture)
            {
                LastRequestBody = await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                LastRequestUri = request.RequestUri;
            }
            else
            {
                await content.CopyToAsync(drain ?? Stream.Null, cancellationToken).ConfigureAwait(false);
            }
        }

        HttpContent responseContent = asStream
            ? new StreamContent(new MemoryStream(body, writable: false))
            : new ByteArrayContent(body);
        responseContent.Headers.ContentType = _contentType;
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = responseContent, RequestMessage = request };
    }
}
