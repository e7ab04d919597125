using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Conformance;

/// <summary>
/// Replaces the file and batch ids one side was given by <c>{file_id}</c> and <c>{batch_id}</c>. The emulator mints a
/// new id for every upload and creation, so groq-sdk's run and the connector's never share one; replacing each side's
/// OWN ids (and only those) lets their requests and answers be compared while a side that sent any other id, or none,
/// still differs. The ids are 26 random characters after <c>file_</c> or <c>batch_</c>, so they cannot occur by chance.
/// </summary>
internal sealed class IdPlaceholders
{
    public const string FileId = "{file_id}";
    public const string BatchId = "{batch_id}";

    private readonly List<(string Id, string Placeholder)> _ids = [];

    public IdPlaceholders File(string? id) => Add(id, FileId);

    public IdPlaceholders Batch(string? id) => Add(id, BatchId);

    public string Apply(string text)
    {
        foreach (var (id, placeholder) in _ids)
        {
            text = text.Replace(id, placeholder, StringComparison.Ordinal);
        }

        return text;
    }

    public JsonElement? Apply(JsonElement? json) =>
        json is { } element ? JsonDocument.Parse(Apply(element.GetRawText())).RootElement.Clone() : null;

    private IdPlaceholders Add(string? id, string placeholder)
    {
        if (!string.IsNullOrEmpty(id))
        {
            _ids.Add((id, placeholder));
        }

        return this;
    }
}
