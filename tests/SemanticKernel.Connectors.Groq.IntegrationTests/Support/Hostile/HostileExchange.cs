using System.Globalization;
using System.Text;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Hostile;

/// <summary>One request and the raw connection to answer it on, with helpers for the usual shapes of a bad answer.</summary>
internal sealed class HostileExchange(HostileRequest request, Stream connection)
{
    public HostileRequest Request { get; } = request;

    /// <summary>The raw connection: anything written goes to the client as it is.</summary>
    public Stream Connection { get; } = connection;

    /// <summary>Writes a status line and headers (each "Name: value"), then the blank line.</summary>
    public Task WriteHeadAsync(int status, CancellationToken cancellationToken, params string[] headers)
    {
        var head = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} Status\r\n"));
        foreach (var header in headers)
        {
            head.Append(header).Append("\r\n");
        }

        head.Append("\r\n");
        return WriteAsync(head.ToString(), cancellationToken);
    }

    public Task WriteAsync(string text, CancellationToken cancellationToken) => WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);

    public async Task WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await Connection.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        await Connection.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A whole answer with a Content-Length.</summary>
    public Task RespondAsync(int status, string contentType, string body, CancellationToken cancellationToken, params string[] headers)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        return RespondAsync(status, contentType, bytes, cancellationToken, headers);
    }

    public async Task RespondAsync(int status, string contentType, byte[] body, CancellationToken cancellationToken, params string[] headers)
    {
        await WriteHeadAsync(
            status,
            cancellationToken,
            [$"Content-Type: {contentType}", string.Create(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}"), "Connection: close", .. headers]).ConfigureAwait(false);
        await WriteAsync(body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts a chunked answer; write its pieces with <see cref="WriteChunkAsync(string, CancellationToken)"/>.</summary>
    public Task StartChunkedAsync(int status, string contentType, CancellationToken cancellationToken, params string[] headers) =>
        WriteHeadAsync(status, cancellationToken, [$"Content-Type: {contentType}", "Transfer-Encoding: chunked", "Connection: close", .. headers]);

    public Task WriteChunkAsync(string text, CancellationToken cancellationToken) => WriteChunkAsync(Encoding.UTF8.GetBytes(text), cancellationToken);

    public async Task WriteChunkAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await WriteAsync(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{bytes.Length:x}\r\n")), cancellationToken).ConfigureAwait(false);
        await WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        await WriteAsync("\r\n", cancellationToken).ConfigureAwait(false);
    }

    public Task EndChunkedAsync(CancellationToken cancellationToken) => WriteAsync("0\r\n\r\n", cancellationToken);
}
