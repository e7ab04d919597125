using SemanticKernel.Connectors.Groq.Core;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Models;

/// <summary>Wire models to <see cref="GroqModel"/> (pure): numbers no <see cref="int"/> holds are clamped, negative ones dropped.</summary>
internal static class ModelMapper
{
    /// <summary>The model, or <see langword="null"/> for an entry without an id (it could never be asked for).</summary>
    public static GroqModel? ToModel(WireModel wire) =>
        string.IsNullOrEmpty(wire.Id)
            ? null
            : new GroqModel(wire.Id, wire.OwnedBy, wire.Active ?? true, Tokens(wire.ContextWindow), Tokens(wire.MaxCompletionTokens), WireNumbers.UnixSeconds(wire.Created));

    public static ModelIndex ToIndex(WireModelList list)
    {
        var models = new List<GroqModel>(list.Data?.Count ?? 0);
        foreach (var wire in list.Data ?? [])
        {
            if (wire is not null && ToModel(wire) is { } model)
            {
                models.Add(model);
            }
        }

        return new ModelIndex(models);
    }

    private static int? Tokens(long? value) => value switch
    {
        null or < 0 => null,
        > int.MaxValue => int.MaxValue,
        _ => (int)value.Value,
    };
}
