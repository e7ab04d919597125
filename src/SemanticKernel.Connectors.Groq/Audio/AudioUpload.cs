using SemanticKernel.Connectors.Groq.Audio.AudioChunking;

namespace SemanticKernel.Connectors.Groq.Audio;

/// <summary>
/// The audio to send, read in place through one <see cref="PositionalReader"/>: the caller's bytes or seekable stream
/// where they are (the stream's position is left alone), else a temporary file a forward-only stream was copied to
/// once (never a second copy in memory), deleted on dispose. A WAV chunk is an upload over its parent's reader.
/// </summary>
internal sealed class AudioUpload : IAsyncDisposable
{
    private const int SniffBytes = 12;

    private readonly PositionalReader _reader;
    private readonly long _start;
    private readonly long _dataLength;
    private readonly ReadOnlyMemory<byte> _header;
    private readonly bool _ownsReader;
    private readonly FileStream? _spool;

    private AudioUpload(
        PositionalReader reader, long start, long dataLength, ReadOnlyMemory<byte> header, string? fileName, FileStream? file, bool ownsReader, FileStream? spool)
    {
        _reader = reader;
        _start = start;
        _dataLength = dataLength;
        _header = header;
        FileName = fileName;
        WholeFile = file;
        _ownsReader = ownsReader;
        _spool = spool;
    }

    /// <summary>How many bytes are sent.</summary>
    public long Length => _header.Length + _dataLength;

    /// <summary>The file name the audio came with (a <see cref="FileStream"/>'s), if any.</summary>
    public string? FileName { get; }

    /// <summary>The file holding exactly this audio from its first byte, which a converter may read by path; else <see langword="null"/>.</summary>
    public FileStream? WholeFile { get; }

    public static AudioUpload FromBytes(ReadOnlyMemory<byte> bytes) =>
        new(PositionalReader.Over(bytes), 0, bytes.Length, default, null, null, ownsReader: true, spool: null);

    public static async Task<AudioUpload> FromStreamAsync(Stream stream, CancellationToken cancellationToken)
    {
        string? fileName = (stream as FileStream)?.Name is { } path ? Path.GetFileName(path) : null;
        if (stream.CanSeek)
        {
            var reader = PositionalReader.Over(stream);
            var file = stream.Position == 0 ? stream as FileStream : null;
            return new AudioUpload(reader, 0, reader.Length, default, fileName, file, ownsReader: true, spool: null);
        }

        var spool = new FileStream(
            Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, bufferSize: 0, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await stream.CopyToAsync(spool, cancellationToken).ConfigureAwait(false);
            spool.Position = 0;
            var reader = PositionalReader.Over(spool);
            return new AudioUpload(reader, 0, reader.Length, default, fileName, spool, ownsReader: true, spool);
        }
        catch
        {
            await spool.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// One chunk of this WAV upload as a WAV file of its own: a fresh header, then the chunk's samples read in place.
    /// Chunks share this upload's reader, so they may be sent concurrently; dispose them before this upload.
    /// </summary>
    /// <param name="format">This upload's layout, from <see cref="WavFormat.TryRead"/> on a view of it.</param>
    /// <param name="chunk">The chunk, from <see cref="WavChunkPlanner.Plan"/>.</param>
    public AudioUpload WavChunk(WavFormat format, AudioChunkPlan chunk)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(chunk);
        if (chunk.DataStart < 0 || chunk.DataLength < 0 || chunk.DataStart + chunk.DataLength > format.DataLength)
        {
            throw new ArgumentOutOfRangeException(
                nameof(chunk), $"The chunk's bytes {chunk.DataStart}..{chunk.DataStart + chunk.DataLength} lie outside the file's {format.DataLength} bytes of samples.");
        }

        return new AudioUpload(
            _reader, _start + format.DataOffset + chunk.DataStart, chunk.DataLength, WavHeader.Create(format, chunk.DataLength), null, null, ownsReader: false, spool: null);
    }

    /// <summary>A fresh read-only view of the audio, for one attempt of an upload.</summary>
    public Stream OpenView() => new AudioWindowStream(_reader, _start, _dataLength, _header);

    /// <summary>The extension for the format the audio's first bytes show, or <see langword="null"/>.</summary>
    public string? SniffExtension()
    {
        Span<byte> head = stackalloc byte[SniffBytes];
        using var view = OpenView();
        int read = view.ReadAtLeast(head, SniffBytes, throwOnEndOfStream: false);
        return AudioFormats.Sniff(head[..read]);
    }

    public ValueTask DisposeAsync()
    {
        if (_ownsReader)
        {
            _reader.Dispose();
        }

        return _spool?.DisposeAsync() ?? default;
    }
}
