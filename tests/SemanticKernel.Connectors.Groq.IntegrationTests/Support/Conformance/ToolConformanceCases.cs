using System.Text.Json;
using Microsoft.Extensions.AI;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Conformance;

/// <summary>
/// Chat scenarios with tools, tool choice, tool results and structured output. Tools are declared on the connector
/// side with the same JSON schema the groq-sdk side sends, so the comparison is about the wire mapping, not about
/// how a schema is generated from a .NET method.
/// </summary>
internal static class ToolConformanceCases
{
    private const string Llama = ChatConformanceCases.Llama;

    private const string WeatherSchema =
        """{"type":"object","properties":{"city":{"type":"string","description":"The city"},"unit":{"type":"string","enum":["celsius","fahrenheit"]}},"required":["city"]}""";

    private const string TimeSchema = """{"type":"object","properties":{"zone":{"type":"string"}},"required":["zone"]}""";

    private const string Tools = $$$"""
        [{"type":"function","function":{"name":"get_weather","description":"Gets the weather for a city","parameters":{{{WeatherSchema}}}}},
         {"type":"function","function":{"name":"get_time","description":"Gets the time in a zone","parameters":{{{TimeSchema}}}}}]
        """;

    private const string CitySchema =
        """{"type":"object","properties":{"city":{"type":"string"},"population":{"type":"integer"}},"required":["city","population"],"additionalProperties":false}""";

    private const string Weather = """[{"role":"user","content":"What is the weather in Paris?"}]""";

    private const string Hello = """[{"role":"user","content":"Say hello"}]""";

    public static IEnumerable<ConformanceCase> All()
    {
        yield return ConformanceCase.Chat("tools",
            $$$"""{"model":"{{{Llama}}}","messages":{{{Weather}}},"tools":{{{Tools}}}}""",
            (client, ct) => client.GetResponseAsync("What is the weather in Paris?", new ChatOptions { Tools = Declarations() }, ct));

        yield return ConformanceCase.Chat("tool-choice-auto",
            $$$"""{"model":"{{{Llama}}}","messages":{{{Weather}}},"tools":{{{Tools}}},"tool_choice":"auto"}""",
            (client, ct) => client.GetResponseAsync("What is the weather in Paris?", new ChatOptions { Tools = Declarations(), ToolMode = ChatToolMode.Auto }, ct));

        yield return ConformanceCase.Chat("tool-choice-required",
            $$$"""{"model":"{{{Llama}}}","messages":{{{Weather}}},"tools":{{{Tools}}},"tool_choice":"required"}""",
            (client, ct) => client.GetResponseAsync("What is the weather in Paris?", new ChatOptions { Tools = Declarations(), ToolMode = ChatToolMode.RequireAny }, ct));

        yield return ConformanceCase.Chat("tool-choice-named",
            $$$$"""{"model":"{{{{Llama}}}}","messages":{{{{Weather}}}},"tools":{{{{Tools}}}},"tool_choice":{"type":"function","function":{"name":"get_time"}}}""",
            (client, ct) => client.GetResponseAsync(
                "What is the weather in Paris?", new ChatOptions { Tools = Declarations(), ToolMode = ChatToolMode.RequireSpecific("get_time") }, ct));

        yield return ConformanceCase.Chat("tool-choice-none",
            $$$"""{"model":"{{{Llama}}}","messages":{{{Weather}}},"tools":{{{Tools}}},"tool_choice":"none"}""",
            (client, ct) => client.GetResponseAsync("What is the weather in Paris?", new ChatOptions { Tools = Declarations(), ToolMode = ChatToolMode.None }, ct));

        yield return ConformanceCase.Chat("parallel-tool-calls",
            $$$"""{"model":"{{{Llama}}}","messages":{{{Weather}}},"tools":{{{Tools}}},"parallel_tool_calls":false}""",
            (client, ct) => client.GetResponseAsync(
                "What is the weather in Paris?", new ChatOptions { Tools = Declarations(), AllowMultipleToolCalls = false }, ct));

        yield return ConformanceCase.Chat("stream-tools",
            $$$"""{"model":"{{{Llama}}}","messages":{{{Weather}}},"tools":{{{Tools}}},"stream":true}""",
            (client, ct) => ChatConformanceCases.Stream(client, "What is the weather in Paris?", new ChatOptions { Tools = Declarations() }, ct));

        yield return ConformanceCase.Chat("multi-turn-tool-results",
            $$$"""
            {"model":"{{{Llama}}}","tools":{{{Tools}}},"messages":[
              {"role":"user","content":"Weather and time in Paris?"},
              {"role":"assistant","tool_calls":[
                {"id":"call_w1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\",\"unit\":\"celsius\"}"}},
                {"id":"call_t1","type":"function","function":{"name":"get_time","arguments":"{\"zone\":\"Europe/Paris\"}"}}]},
              {"role":"tool","tool_call_id":"call_w1","content":"Sunny, 24 C"},
              {"role":"tool","tool_call_id":"call_t1","content":"14:05"}]}
            """,
            (client, ct) => client.GetResponseAsync(ToolHistory(), new ChatOptions { Tools = Declarations() }, ct));

        yield return ConformanceCase.Chat("stream-multi-turn-tool-results",
            $$$"""
            {"model":"{{{Llama}}}","tools":{{{Tools}}},"stream":true,"messages":[
              {"role":"user","content":"Weather and time in Paris?"},
              {"role":"assistant","tool_calls":[
                {"id":"call_w1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\",\"unit\":\"celsius\"}"}},
                {"id":"call_t1","type":"function","function":{"name":"get_time","arguments":"{\"zone\":\"Europe/Paris\"}"}}]},
              {"role":"tool","tool_call_id":"call_w1","content":"Sunny, 24 C"},
              {"role":"tool","tool_call_id":"call_t1","content":"14:05"}]}
            """,
            (client, ct) => ChatConformanceCases.Stream(client, ToolHistory(), new ChatOptions { Tools = Declarations() }, ct));

        // What AIFunctionFactory functions return reaches the history as a JsonElement; groq-sdk users send JSON.stringify(result).
        yield return ConformanceCase.Chat("tool-result-json-object",
            $$$"""
            {"model":"{{{Llama}}}","tools":{{{Tools}}},"messages":[
              {"role":"user","content":"Weather in Paris?"},
              {"role":"assistant","tool_calls":[{"id":"call_w2","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}}]},
              {"role":"tool","tool_call_id":"call_w2","content":"{\"temperature\":24,\"sky\":\"sunny\"}"}]}
            """,
            (client, ct) => client.GetResponseAsync(
            [
                new(ChatRole.User, "Weather in Paris?"),
                new(ChatRole.Assistant, [new FunctionCallContent("call_w2", "get_weather", new Dictionary<string, object?> { ["city"] = "Paris" })]),
                new(ChatRole.Tool, [new FunctionResultContent("call_w2", Parse("""{"temperature":24,"sky":"sunny"}"""))]),
            ], new ChatOptions { Tools = Declarations() }, ct));

        yield return ConformanceCase.Chat("json-mode",
            $$$"""
            {"model":"{{{Llama}}}","messages":[{"role":"system","content":"Answer in JSON."},{"role":"user","content":"Give me JSON"}],
             "response_format":{"type":"json_object"}}
            """,
            (client, ct) => client.GetResponseAsync(
                [new(ChatRole.System, "Answer in JSON."), new(ChatRole.User, "Give me JSON")], new ChatOptions { ResponseFormat = ChatResponseFormat.Json }, ct));

        yield return ConformanceCase.Chat("json-schema",
            $$$$"""
            {"model":"{{{{Llama}}}}","messages":[{"role":"user","content":"Describe Paris"}],
             "response_format":{"type":"json_schema","json_schema":{"name":"city_report","description":"A city and its population","schema":{{{{CitySchema}}}}}}}
            """,
            (client, ct) => client.GetResponseAsync("Describe Paris", new ChatOptions
            {
                ResponseFormat = ChatResponseFormat.ForJsonSchema(Parse(CitySchema), "city_report", "A city and its population"),
            }, ct));

        yield return ConformanceCase.Chat("response-format-text",
            $$$"""{"model":"{{{Llama}}}","messages":{{{Hello}}},"response_format":{"type":"text"}}""",
            (client, ct) => client.GetResponseAsync("Say hello", new ChatOptions { ResponseFormat = ChatResponseFormat.Text }, ct));
    }

    private static List<AITool> Declarations() =>
    [
        AIFunctionFactory.CreateDeclaration("get_weather", "Gets the weather for a city", Parse(WeatherSchema)),
        AIFunctionFactory.CreateDeclaration("get_time", "Gets the time in a zone", Parse(TimeSchema)),
    ];

    private static List<ChatMessage> ToolHistory() =>
    [
        new(ChatRole.User, "Weather and time in Paris?"),
        new(ChatRole.Assistant,
        [
            new FunctionCallContent("call_w1", "get_weather", new Dictionary<string, object?> { ["city"] = "Paris", ["unit"] = "celsius" }),
            new FunctionCallContent("call_t1", "get_time", new Dictionary<string, object?> { ["zone"] = "Europe/Paris" }),
        ]),
        new(ChatRole.Tool, [new FunctionResultContent("call_w1", "Sunny, 24 C"), new FunctionResultContent("call_t1", "14:05")]),
    ];

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
