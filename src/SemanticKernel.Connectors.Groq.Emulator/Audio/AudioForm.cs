using System.Collections.ObjectModel;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Audio;

/// <summary>
/// A parsed <c>multipart/form-data</c> body: text fields in arrival order, file parts, and why parsing stopped early
/// (<see cref="Error"/>) or that the body went over Kestrel's size limit (<see cref="BodyTooLarge"/>).
/// </summary>
internal sealed class AudioForm
{
    public required IReadOnlyList<KeyValuePair<string, string>> Fields { get; init; }

    public required IReadOnlyList<AudioFormFile> Files { get; init; }

    public GroqError? Error { get; init; }

    public bool BodyTooLarge { get; init; }

    public bool TooLarge => BodyTooLarge || Files.Any(file => file.TooLarge);

    /// <summary>The text fields grouped by name, names in order of first appearance, values in arrival order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FieldsByName()
    {
        var grouped = new OrderedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, value) in Fields)
        {
            if (!grouped.TryGetValue(name, out var values))
            {
                values = [];
                grouped.Add(name, values);
            }

            values.Add(value);
        }

        var result = new OrderedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (name, values) in grouped)
        {
            result.Add(name, values.AsReadOnly());
        }

        return new ReadOnlyDictionary<string, IReadOnlyList<string>>(result);
    }
}
