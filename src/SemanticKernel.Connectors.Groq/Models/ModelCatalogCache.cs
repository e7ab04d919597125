using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace SemanticKernel.Connectors.Groq.Models;

/// <summary>
/// The catalog answers of one endpoint and key, shared by every catalog and client in the process that uses them. Entries
/// are keyed by the endpoint and a SHA-256 hash of the key (accounts may see different models); the key itself is not kept.
/// </summary>
internal sealed class ModelCatalogCache
{
    private static readonly ConcurrentDictionary<string, ModelCatalogCache> Shared = new(StringComparer.Ordinal);

    public CachedFetch<ModelIndex> List { get; } = new();

    public ConcurrentDictionary<string, CachedFetch<GroqModel>> ById { get; } = new(StringComparer.Ordinal);

    /// <param name="endpoint">The pipeline's base address (ending with '/').</param>
    /// <param name="apiKey">The key the pipeline sends.</param>
    public static ModelCatalogCache For(Uri endpoint, string apiKey)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(apiKey), hash);
        string key = endpoint.AbsoluteUri + " " + Convert.ToHexString(hash);
        return Shared.GetOrAdd(key, static _ => new ModelCatalogCache());
    }
}
