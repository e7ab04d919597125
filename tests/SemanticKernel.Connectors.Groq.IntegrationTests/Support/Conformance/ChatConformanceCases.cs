using Microsoft.Extensions.AI;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Conformance;

/// <summary>
/// Chat scenarios without tools: text, streaming, sampling and Groq-only options, reasoning and images. Each names the
/// same request once as groq-sdk params and once through <see cref="GroqChatClient"/>.
/// </summary>
internal static class ChatConformanceCases
{
    public const string Llama = "llama-3.3-70b-versatile";
    public const string Qwen = "qwen/qwen3-32b";
    public const string GptOss = "openai/gpt-oss-20b";
    public const string Scout = "meta-llama/llama-4-scout-17b-16e-instruct";

    private const string Hello = """[{"role":"user","content":"Say hello"}]""";

    private static readonly byte[] PngHeader = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static IEnumerable<ConformanceCase> All()
    {
        yield return ConformanceCase.Chat("text",
            $$$"""{"model":"{{{Llama}}}","messages":{{{Hello}}}}""",
            (client, ct) => client.GetResponseAsync("Say hello", cancellationToken: ct));

        yield return ConformanceCase.Chat("system-instructions",
            $$$"""{"model":"{{{Llama}}}","messages":[{"role":"system","content":"You are terse."},{"role":"user","content":"Say hello"}]}""",
            (client, ct) => client.GetResponseAsync("Say hello", new ChatOptions { Instructions = "You are terse." }, ct));

        yield return ConformanceCase.Chat("multi-turn-text",
            $$$"""
            {"model":"{{{Llama}}}","messages":[
              {"role":"system","content":"You are terse."},
              {"role":"user","content":"Name a colour"},
              {"role":"assistant","content":"Blue"},
              {"role":"user","content":"Another one"}]}
            """,
            (client, ct) => client.GetResponseAsync(
                [new(ChatRole.System, "You are terse."), new(ChatRole.User, "Name a colour"), new(ChatRole.Assistant, "Blue"), new(ChatRole.User, "Another one")],
                cancellationToken: ct));

        yield return ConformanceCase.Chat("stream",
            $$$"""{"model":"{{{Llama}}}","messages":[{"role":"user","content":"Tell me three words"}],"stream":true}""",
            (client, ct) => Stream(client, "Tell me three words", null, ct));

        yield return ConformanceCase.Chat("stop-sequences",
            $$$"""{"model":"{{{Llama}}}","messages":{{{Hello}}},"stop":["END","STOP"]}""",
            (client, ct) => client.GetResponseAsync("Say hello", new ChatOptions { StopSequences = ["END", "STOP"] }, ct));

        yield return ConformanceCase.Chat("seed",
            $$$"""{"model":"{{{Llama}}}","messages":{{{Hello}}},"seed":42}""",
            (client, ct) => client.GetResponseAsync("Say hello", new ChatOptions { Seed = 42 }, ct));

        yield return ConformanceCase.Chat("service-tier",
            $$$"""{"model":"{{{Llama}}}","messages":{{{Hello}}},"service_tier":"flex"}""",
            (client, ct) => client.GetResponseAsync("Say hello", Extra(GroqChatOptionKeys.ServiceTier, "flex"), ct));

        yield return ConformanceCase.Chat("max-completion-tokens",
            $$$"""{"model":"{{{Llama}}}","messages":{{{Hello}}},"max_completion_tokens":64}""",
            (client, ct) => client.GetResponseAsync("Say hello", new ChatOptions { MaxOutputTokens = 64 }, ct));

        yield return ConformanceCase.Chat("temperature",
            $$$"""{"model":"{{{Llama}}}","messages":{{{Hello}}},"temperature":0.7}""",
            (client, ct) => client.GetResponseAsync("Say hello", new ChatOptions { Temperature = 0.7f }, ct));

        // Groq turns temperature 0 into 1e-8 and asks clients to send a value above 0; the connector does that for
        // them, so the groq-sdk side sends the 1e-8 a careful groq-sdk user would.
        yield return ConformanceCase.Chat("temperature-zero",
            $$$"""{"model":"{{{Llama}}}","messages":{{{Hello}}},"temperature":1e-8}""",
            (client, ct) => client.GetResponseAsync("Say hello", new ChatOptions { Temperature = 0f }, ct));

        yield return ConformanceCase.Chat("top-p",
            $$$"""{"model":"{{{Llama}}}","messages":{{{Hello}}},"top_p":0.9}""",
            (client, ct) => client.GetResponseAsync("Say hello", new ChatOptions { TopP = 0.9f }, ct));

        yield return ConformanceCase.Chat("penalties",
            $$$"""{"model":"{{{Llama}}}","messages":{{{Hello}}},"frequency_penalty":0.5,"presence_penalty":-0.25}""",
            (client, ct) => client.GetResponseAsync("Say hello", new ChatOptions { FrequencyPenalty = 0.5f, PresencePenalty = -0.25f }, ct));

        yield return ConformanceCase.Chat("user",
            $$$"""{"model":"{{{Llama}}}","messages":{{{Hello}}},"user":"user-1234"}""",
            (client, ct) => client.GetResponseAsync("Say hello", Extra(GroqChatOptionKeys.User, "user-1234"), ct));

        yield return ConformanceCase.Chat("sampling-options-together",
            $$$"""
            {"model":"{{{Llama}}}","messages":{{{Hello}}},"temperature":0.5,"top_p":0.8,"max_completion_tokens":128,
             "seed":7,"stop":["\n\n"],"user":"u-7","service_tier":"auto"}
            """,
            (client, ct) => client.GetResponseAsync("Say hello", new ChatOptions
            {
                Temperature = 0.5f,
                TopP = 0.8f,
                MaxOutputTokens = 128,
                Seed = 7,
                StopSequences = ["\n\n"],
                AdditionalProperties = new() { [GroqChatOptionKeys.User] = "u-7", [GroqChatOptionKeys.ServiceTier] = "auto" },
            }, ct));

        yield return ConformanceCase.Chat("reasoning-format-parsed",
            $$$"""{"model":"{{{Qwen}}}","messages":[{"role":"user","content":"Count the r's in strawberry"}],"reasoning_format":"parsed"}""",
            (client, ct) => client.GetResponseAsync("Count the r's in strawberry", Extra(GroqChatOptionKeys.ReasoningFormat, "parsed"), ct));

        yield return ConformanceCase.Chat("reasoning-format-hidden",
            $$$"""{"model":"{{{Qwen}}}","messages":[{"role":"user","content":"Count the r's in strawberry"}],"reasoning_format":"hidden"}""",
            (client, ct) => client.GetResponseAsync("Count the r's in strawberry", Extra(GroqChatOptionKeys.ReasoningFormat, "hidden"), ct));

        yield return ConformanceCase.Chat("stream-reasoning",
            $$$"""{"model":"{{{Qwen}}}","messages":[{"role":"user","content":"Count the r's in strawberry"}],"stream":true,"reasoning_format":"parsed"}""",
            (client, ct) => Stream(client, "Count the r's in strawberry", Extra(GroqChatOptionKeys.ReasoningFormat, "parsed"), ct));

        yield return ConformanceCase.Chat("reasoning-effort",
            $$$"""{"model":"{{{GptOss}}}","messages":[{"role":"user","content":"Plan a trip"}],"reasoning_effort":"low"}""",
            (client, ct) => client.GetResponseAsync("Plan a trip", new ChatOptions { Reasoning = new ReasoningOptions { Effort = ReasoningEffort.Low } }, ct));

        yield return ConformanceCase.Chat("reasoning-effort-default",
            $$$"""{"model":"{{{Qwen}}}","messages":[{"role":"user","content":"Plan a trip"}],"reasoning_effort":"default"}""",
            (client, ct) => client.GetResponseAsync("Plan a trip", Extra(GroqChatOptionKeys.ReasoningEffort, "default"), ct));

        yield return ConformanceCase.Chat("include-reasoning",
            $$$"""{"model":"{{{GptOss}}}","messages":[{"role":"user","content":"Plan a trip"}],"include_reasoning":false,"reasoning_effort":"high"}""",
            (client, ct) => client.GetResponseAsync("Plan a trip", new ChatOptions
            {
                Reasoning = new ReasoningOptions { Effort = ReasoningEffort.High },
                AdditionalProperties = new() { [GroqChatOptionKeys.IncludeReasoning] = false },
            }, ct));

        yield return ConformanceCase.Chat("image-url",
            $$$"""
            {"model":"{{{Scout}}}","messages":[{"role":"user","content":[
              {"type":"text","text":"What is in this picture?"},
              {"type":"image_url","image_url":{"url":"https://example.com/cat.jpg"}}]}]}
            """,
            (client, ct) => client.GetResponseAsync(
                [new(ChatRole.User, [new TextContent("What is in this picture?"), new UriContent(new Uri("https://example.com/cat.jpg"), "image/jpeg")])],
                cancellationToken: ct));

        yield return ConformanceCase.Chat("image-data-uri-with-detail",
            $$$"""
            {"model":"{{{Scout}}}","messages":[{"role":"user","content":[
              {"type":"text","text":"Describe it"},
              {"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgo=","detail":"low"}}]}]}
            """,
            (client, ct) => client.GetResponseAsync(
                [new(ChatRole.User,
                [
                    new TextContent("Describe it"),
                    new DataContent(PngHeader, "image/png") { AdditionalProperties = new() { ["detail"] = "low" } },
                ])],
                cancellationToken: ct));
    }

    public static ChatOptions Extra(string key, object value) => new() { AdditionalProperties = new() { [key] = value } };

    public static Task<ChatResponse> Stream(IChatClient client, string prompt, ChatOptions? options, CancellationToken ct) =>
        Stream(client, [new ChatMessage(ChatRole.User, prompt)], options, ct);

    public static Task<ChatResponse> Stream(IChatClient client, IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken ct) =>
        client.GetStreamingResponseAsync(messages, options, ct).ToChatResponseAsync(ct);
}
