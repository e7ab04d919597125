using SemanticKernel.Connectors.Groq.Core;

namespace SemanticKernel.Connectors.Groq.Batch;

/// <summary>
/// A successful answer's body, read as it arrives: each read waits at most the attempt's timeout (a server that stops
/// sending fails with a <see cref="GroqException"/> instead of hanging), and disposing it releases the response.
/// </summary>
internal sealed class ResponseBodyStream(GroqHttpResponse response, Stream body, TimeSpan timeout, SecretRedactor redactor) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (timeout == System.Threading.Timeout.InfiniteTimeSpan)
        {
            return await ReadOnceAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        quiet.CancelAfter(timeout);
        try
        {
            return await ReadOnceAsync(buffer, quiet.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new GroqException($"Groq sent nothing of a file's content for {timeout} (GroqClientOptions.Timeout).", ex) { RequestId = response.RequestId };
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count)
    {
        try
        {
            return body.Read(buffer, offset, count);
        }
        catch (IOException ex)
        {
            throw CutOff(ex);
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            body.Dispose();
            response.Dispose();
        }

        base.Dispose(disposing);
    }

    private async ValueTask<int> ReadOnceAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        try
        {
            return await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            throw CutOff(ex);
        }
    }

    private GroqException CutOff(IOException ex) =>
        new($"A file's content from Groq was cut off while it was read: {redactor.Redact(ex.Message)}", redactor.Redact(ex)) { RequestId = response.RequestId };
}
