using System.Runtime.InteropServices;

namespace SemanticKernel.Connectors.Groq.Audio;

/// <summary>
/// The audio to send, as a seekable stream and a byte range: the caller's own stream or bytes where they are
/// seekable, else a temporary file it was copied to (never a second copy in memory), deleted on dispose.
/// </summary>
internal sealed class AudioUpload : IAsyncDisposable
{
    private const int SniffBytes = 12;

    private readonly Stream? _owned;

    private AudioUpload(Stream stream, long start, long length, string? fileName, Stream? owned)
    {
        Stream = stream;
        Start = start;
        Length = length;
        FileName = fileName;
        _owned = owned;
    }

    /// <summary>The seekable stream holding the audio.</summary>
    public Stream Stream { get; }

    /// <summary>Where the audio starts in <see cref="Stream"/>.</summary>
    public long Start { get; }

    /// <summary>How many bytes of audio there are.</summary>
    public long Length { get; }

    /// <summary>The file name the audio came with (a <see cref="FileStream"/>'s), if any.</summary>
    public string? FileName { get; }

    public static AudioUpload FromBytes(ReadOnlyMemory<byte> bytes)
    {
        // Array-backed memory (the usual case) is read in place; anything else has no stream view and is copied once.
        var stream = MemoryMarshal.TryGetArray(bytes, out var array)
            ? new MemoryStream(array.Array!, array.Offset, array.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);
        return new AudioUpload(stream, 0, bytes.Length, null, stream);
    }

    public static async Task<AudioUpload> FromStreamAsync(Stream stream, CancellationToken cancellationToken)
    {
        string? fileName = (stream as FileStream)?.Name is { } path ? Path.GetFileName(path) : null;
        if (stream.CanSeek)
        {
            return new AudioUpload(stream, stream.Position, stream.Length - stream.Position, fileName, owned: null);
        }

        var spool = new FileStream(
            Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, bufferSize: 0, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await stream.CopyToAsync(spool, cancellationToken).ConfigureAwait(false);
            return new AudioUpload(spool, 0, spool.Length, fileName, spool);
        }
        catch
        {
            await spool.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A fresh read-only view of the audio, for one attempt of an upload.</summary>
    public Stream OpenView() => new AudioWindowStream(Stream, Start, Length);

    /// <summary>The extension for the format the audio's first bytes show, or <see langword="null"/>.</summary>
    public string? SniffExtension()
    {
        Span<byte> head = stackalloc byte[SniffBytes];
        using var view = OpenView();
        int read = view.ReadAtLeast(head, SniffBytes, throwOnEndOfStream: false);
        return AudioFormats.Sniff(head[..read]);
    }

    public ValueTask DisposeAsync() => _owned?.DisposeAsync() ?? default;
}
