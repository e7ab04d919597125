using System.Net;
using System.Net.Http.Headers;

namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>One attempt's content over a <see cref="PooledRequestBody"/>, holding its buffer only while it is being sent.</summary>
internal sealed class PooledBodyContent : HttpContent
{
    private readonly PooledRequestBody _body;

    public PooledBodyContent(PooledRequestBody body, MediaTypeHeaderValue contentType)
    {
        _body = body;
        Headers.ContentType = contentType;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var bytes = Acquire();
        try
        {
            await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _body.Release();
        }
    }

    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var bytes = Acquire();
        try
        {
            stream.Write(bytes.Span);
        }
        finally
        {
            _body.Release();
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _body.Length;
        return true;
    }

    private ReadOnlyMemory<byte> Acquire() =>
        _body.TryAcquire(out var bytes) ? bytes : throw new ObjectDisposedException(nameof(PooledBodyContent), "The request body was already sent and released.");
}
