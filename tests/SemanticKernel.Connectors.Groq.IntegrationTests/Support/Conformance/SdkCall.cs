using System.Text.Json.Nodes;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Conformance;

/// <summary>
/// One call of <c>tests/conformance/run-scenarios.mjs</c>: which groq-sdk method (<c>chat</c>, <c>transcriptions</c>,
/// <c>translations</c>, <c>speech</c>, <c>models.list</c>, <c>models.retrieve</c>, <c>embeddings</c>) with which params.
/// </summary>
internal sealed record SdkCall(string Id, string Call, string ParamsJson = "{}", SdkFile? File = null, string? ApiKey = null)
{
    public static SdkCall Chat(string id, string paramsJson) => new(id, "chat", paramsJson);

    public bool IsStream => JsonNode.Parse(ParamsJson)?["stream"]?.GetValue<bool>() == true;

    public string Model => JsonNode.Parse(ParamsJson)?["model"]?.GetValue<string>() ?? throw new InvalidOperationException($"Scenario {Id} has no model.");

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["id"] = Id, ["call"] = Call, ["params"] = JsonNode.Parse(ParamsJson) };
        if (File is not null)
        {
            json["file"] = new JsonObject { ["base64"] = Convert.ToBase64String(File.Bytes), ["name"] = File.Name, ["type"] = File.Type };
        }

        if (ApiKey is not null)
        {
            json["apiKey"] = ApiKey;
        }

        return json;
    }
}
