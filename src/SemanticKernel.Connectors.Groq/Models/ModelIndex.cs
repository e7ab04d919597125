using System.Collections.Frozen;
using System.Collections.ObjectModel;

namespace SemanticKernel.Connectors.Groq.Models;

/// <summary>One fetched model list: in Groq's order, and by id for lookups that allocate nothing.</summary>
internal sealed class ModelIndex
{
    public ModelIndex(IReadOnlyList<GroqModel> models)
    {
        var byId = new Dictionary<string, GroqModel>(models.Count, StringComparer.Ordinal);
        foreach (var model in models)
        {
            byId.TryAdd(model.Id, model);
        }

        Models = new ReadOnlyCollection<GroqModel>([.. models]);
        ById = byId.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyList<GroqModel> Models { get; }

    public FrozenDictionary<string, GroqModel> ById { get; }
}
