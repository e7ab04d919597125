using System.Collections.Frozen;

namespace SemanticKernel.Connectors.Groq.Emulator.Models;

/// <summary>Metadata of Groq's known models; models added by tests get chat defaults (text only, no reasoning).</summary>
internal static class ModelCatalog
{
    private static readonly FrozenDictionary<string, ModelInfo> Known = new ModelInfo[]
    {
        new("llama-3.3-70b-versatile", 1733447754, "Meta", 131072, 32768),
        new("llama-3.1-8b-instant", 1693721698, "Meta", 131072, 131072),
        new("openai/gpt-oss-120b", 1754408224, "OpenAI", 131072, 65536, Reasoning: true),
        new("openai/gpt-oss-20b", 1754407957, "OpenAI", 131072, 65536, Reasoning: true),
        new("qwen/qwen3-32b", 1748396646, "Alibaba Cloud", 131072, 40960, Reasoning: true),
        new("meta-llama/llama-4-scout-17b-16e-instruct", 1743874824, "Meta", 131072, 8192, Vision: true),
        new("meta-llama/llama-4-maverick-17b-128e-instruct", 1743877158, "Meta", 131072, 8192, Vision: true),
        new("groq/compound", 1756949530, "Groq", 131072, 8192),
        new("groq/compound-mini", 1756949707, "Groq", 131072, 8192),
        new("whisper-large-v3", 1693721698, "OpenAI", 448, 448, Chat: false),
        new("whisper-large-v3-turbo", 1728413088, "OpenAI", 448, 448, Chat: false),
        new("canopylabs/orpheus-v1-english", 1766186316, "Canopy Labs", 4000, 50000, Chat: false),
        new("canopylabs/orpheus-arabic-saudi", 1765926439, "Canopy Labs", 4000, 50000, Chat: false),
    }.ToFrozenDictionary(model => model.Id, StringComparer.Ordinal);

    public static ModelInfo Get(string id) =>
        Known.TryGetValue(id, out var info) ? info : new ModelInfo(id, 1735689600, "Emulator", 131072, 32768);
}
