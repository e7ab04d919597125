namespace SemanticKernel.Connectors.Groq.Audio.AudioChunking;

/// <summary>A temporary audio file, deleted when disposed.</summary>
internal sealed class TempAudioFile : IAsyncDisposable, IDisposable
{
    private TempAudioFile(string path) => Path = path;

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    /// <summary>The file's size in bytes.</summary>
    public long Length => new FileInfo(Path).Length;

    /// <summary>A new path in the temp folder with the given extension; nothing is created yet.</summary>
    public static TempAudioFile Reserve(string extension) =>
        new(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"groq-audio-{Guid.NewGuid():N}{extension}"));

    /// <summary>Opens the file for reading; several readers may have it open at once.</summary>
    public FileStream OpenRead() =>
        // FileShare.Delete lets Dispose delete the file on Windows even while a reader still has it open.
        new(Path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, bufferSize: 4096, FileOptions.Asynchronous);

    /// <summary>Deletes the file (best effort: a file that cannot be deleted stays in the temp folder).</summary>
    public void Dispose()
    {
        try
        {
            File.Delete(Path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <inheritdoc cref="Dispose" />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
