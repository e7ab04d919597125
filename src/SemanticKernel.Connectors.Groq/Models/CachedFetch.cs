namespace SemanticKernel.Connectors.Groq.Models;

/// <summary>
/// One cached answer with its fetch time. A fresh answer is returned without waiting; otherwise one fetch runs and every
/// caller meanwhile waits on it (each with its own cancellation). A failed fetch is not kept: the next call fetches again.
/// </summary>
internal sealed class CachedFetch<T>
    where T : class
{
    private readonly Lock _gate = new();
    private Entry? _entry;

    public bool TryGetFresh(TimeProvider time, TimeSpan lifetime, out T? value)
    {
        var entry = Volatile.Read(ref _entry);
        if (entry is not null && entry.IsFresh(time, lifetime))
        {
            value = entry.Task.Result;
            return true;
        }

        value = null;
        return false;
    }

    public ValueTask<T> GetAsync(Func<CancellationToken, Task<T>> fetch, TimeProvider time, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        if (TryGetFresh(time, lifetime, out var fresh))
        {
            return new ValueTask<T>(fresh!);
        }

        Entry? entry;
        lock (_gate)
        {
            entry = _entry;
            if (entry is null || (entry.Task.IsCompleted && !entry.IsFresh(time, lifetime)))
            {
                entry = new Entry(fetch, time);
                Volatile.Write(ref _entry, entry);
            }
        }

        return new ValueTask<T>(entry.Task.WaitAsync(cancellationToken));
    }

    private sealed class Entry
    {
        private DateTimeOffset _fetchedAt;

        public Entry(Func<CancellationToken, Task<T>> fetch, TimeProvider time) =>

            // Not the first caller's token: the fetch is shared, so one caller giving up must not fail the others. Groq's
            // timeout and retries bound it. Started on the pool, so the HTTP call does not begin under the lock.
            Task = System.Threading.Tasks.Task.Run(async () =>
            {
                var value = await fetch(CancellationToken.None).ConfigureAwait(false);
                _fetchedAt = time.GetUtcNow();
                return value;
            });

        public Task<T> Task { get; }

        public bool IsFresh(TimeProvider time, TimeSpan lifetime) =>
            Task.IsCompletedSuccessfully && time.GetUtcNow() - _fetchedAt < lifetime;
    }
}
