namespace SemanticKernel.Connectors.Groq.Emulator.Batches;

/// <summary>The emulator's files, in creation order; safe to use from request handlers and batch workers at once.</summary>
internal sealed class FileStore
{
    private readonly Lock _gate = new();
    private readonly List<StoredFile> _files = [];

    public StoredFile Add(string fileName, string purpose, byte[] content)
    {
        var file = new StoredFile(BatchIds.File(), fileName, purpose, content, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        lock (_gate)
        {
            _files.Add(file);
        }

        return file;
    }

    public StoredFile? Find(string id)
    {
        lock (_gate)
        {
            return _files.Find(file => file.Id == id);
        }
    }

    public IReadOnlyList<StoredFile> All()
    {
        lock (_gate)
        {
            return [.. _files];
        }
    }

    public bool Remove(string id)
    {
        lock (_gate)
        {
            return _files.RemoveAll(file => file.Id == id) > 0;
        }
    }
}
