namespace SemanticKernel.Connectors.Groq.Benchmarks;

/// <summary>A write-only stream that discards what it is given and samples the retained managed heap every MiB written.</summary>
internal sealed class SamplingSink : Stream
{
    private const long SampleEvery = 1024 * 1024;
    private long _nextSample = SampleEvery;

    public long Written { get; private set; }

    /// <summary>Gets the largest <see cref="GC.GetTotalMemory(bool)"/> (after a full collection) seen at a sample.</summary>
    public long PeakRetained { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => Written;

    public override long Position { get => Written; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Written += buffer.Length;
        if (Written >= _nextSample)
        {
            _nextSample += SampleEvery;
            PeakRetained = Math.Max(PeakRetained, GC.GetTotalMemory(forceFullCollection: true));
        }
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
