using System.Text.Json;
using Microsoft.Extensions.AI;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Conformance;

/// <summary>
/// Built-in tools (<c>browser_search</c>, <c>code_interpreter</c>, a compound model) and documents with citations: the
/// same request as groq-sdk params and through <see cref="GroqChatClient"/> (hosted MEAI tools, Groq option keys).
/// </summary>
internal static class BuiltInToolConformanceCases
{
    public const string Question = "How many people live in Paris?";

    private const string Messages = $$"""[{"role":"user","content":"{{Question}}"}]""";
    private const string Documents = """[{"id":"warranty","source":{"type":"text","text":"The warranty lasts two years."}}]""";

    public static IEnumerable<ConformanceCase> All()
    {
        yield return ConformanceCase.Chat("builtin-tools-gpt-oss",
            $$$"""{"model":"{{{ChatConformanceCases.GptOss}}}","messages":{{{Messages}}},"tools":[{"type":"browser_search"},{"type":"code_interpreter"}]}""",
            (client, ct) => client.GetResponseAsync(Question, new ChatOptions { Tools = [new HostedWebSearchTool(), new HostedCodeInterpreterTool()] }, ct));

        yield return ConformanceCase.Chat("builtin-tools-compound-stream",
            $$$"""{"model":"groq/compound","messages":{{{Messages}}},"stream":true}""",
            (client, ct) => ChatConformanceCases.Stream(client, Question, null, ct));

        yield return ConformanceCase.Chat("documents-citations",
            $$$"""{"model":"{{{ChatConformanceCases.Llama}}}","messages":{{{Messages}}},"documents":{{{Documents}}},"citation_options":"enabled"}""",
            (client, ct) => client.GetResponseAsync(Question, WithDocuments(), ct));

        yield return ConformanceCase.Chat("documents-citations-stream",
            $$$"""{"model":"{{{ChatConformanceCases.Llama}}}","messages":{{{Messages}}},"documents":{{{Documents}}},"citation_options":"enabled","stream":true}""",
            (client, ct) => ChatConformanceCases.Stream(client, Question, WithDocuments(), ct));
    }

    private static ChatOptions WithDocuments() => new()
    {
        AdditionalProperties = new()
        {
            [GroqChatOptionKeys.Documents] = JsonDocument.Parse(Documents).RootElement,
            [GroqChatOptionKeys.CitationOptions] = "enabled",
        },
    };
}
