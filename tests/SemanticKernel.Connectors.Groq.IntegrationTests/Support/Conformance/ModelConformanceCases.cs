using System.Globalization;
using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Conformance;

/// <summary>
/// Model catalog scenarios through <see cref="GroqModelCatalog"/>: the list, and one model whose id has a slash (groq-sdk
/// sends it as <c>%2F</c> in one path segment). Both sides' answers are summarized as the fields each model has.
/// </summary>
internal static class ModelConformanceCases
{
    public static IEnumerable<ConformanceCase> All()
    {
        yield return new(new SdkCall("catalog-list", "models.list"), async (emulator, ct) =>
            Summary(await new GroqModelCatalog(EmulatorClients.Options(emulator)).ListModelsAsync(ct)));

        yield return new(new SdkCall("catalog-retrieve-id-with-slash", "models.retrieve", """{"model":"openai/gpt-oss-120b"}"""), async (emulator, ct) =>
            Summary([await new GroqModelCatalog(EmulatorClients.Options(emulator)).GetModelAsync("openai/gpt-oss-120b", ct)]));
    }

    /// <summary>What groq-sdk returned for <c>models.list</c> (its <c>data</c>) or <c>models.retrieve</c> (one model).</summary>
    public static AnswerSummary FromSdk(JsonElement result) =>
        new(string.Join("; ", (result.TryGetProperty("data", out var data) ? data.EnumerateArray().ToList() : [result]).Select(model => Line(
            model.GetProperty("id").GetString()!,
            model.GetProperty("owned_by").GetString(),
            model.GetProperty("active").GetBoolean(),
            model.GetProperty("context_window").GetInt32(),
            model.GetProperty("max_completion_tokens").GetInt32(),
            model.GetProperty("created").GetInt64()))));

    private static AnswerSummary Summary(IEnumerable<GroqModel> models) =>
        new(string.Join("; ", models.Select(m => Line(m.Id, m.OwnedBy, m.Active, m.ContextWindow, m.MaxCompletionTokens, m.Created?.ToUnixTimeSeconds()))));

    private static string Line(string id, string? ownedBy, bool active, int? contextWindow, int? maxCompletionTokens, long? created) =>
        string.Create(CultureInfo.InvariantCulture, $"{id} by {ownedBy} active={active} window={contextWindow} max={maxCompletionTokens} created={created}");
}
