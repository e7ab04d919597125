namespace SemanticKernel.Connectors.Groq.UnitTests.Audio;

/// <summary>
/// Where test audio lies, one kind per way an upload reads it: a file (through its handle), an exposable MemoryStream
/// (as memory), a MemoryStream over an array and a BufferedStream (seekable only: seeked under the reader's gate),
/// or plain bytes (no stream).
/// </summary>
public enum AudioSource
{
    File,
    ExposedMemory,
    Memory,
    Buffered,
    Bytes,
}

/// <summary>Opens test audio as an <see cref="AudioSource"/>.</summary>
internal static class AudioSources
{
    /// <summary>A stream over <paramref name="audio"/>; <see langword="null"/> for <see cref="AudioSource.Bytes"/>. A file is writable, so a test can truncate it, and is deleted on dispose.</summary>
    public static Stream? Open(byte[] audio, AudioSource kind)
    {
        switch (kind)
        {
            case AudioSource.File:
                string path = Path.GetTempFileName();
                File.WriteAllBytes(path, audio);
                return new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read, 4096, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            case AudioSource.ExposedMemory:
                return new MemoryStream(audio, 0, audio.Length, writable: false, publiclyVisible: true);
            case AudioSource.Memory:
                return new MemoryStream(audio, writable: false);
            case AudioSource.Buffered:
                return new BufferedStream(new MemoryStream(audio, writable: false), 64);
            default:
                return null;
        }
    }
}
