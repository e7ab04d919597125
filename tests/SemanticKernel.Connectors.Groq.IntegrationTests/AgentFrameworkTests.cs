using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using FluentAssertions;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

public sealed class AgentFrameworkTests
{
    private const string AgentName = "WeatherAgent";
    private const string Instructions = "You are a concise weather assistant.";
    private const string FirstQuestion = "What is the weather in Paris?";
    private const string SecondQuestion = "And in Rome?";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Agent_with_a_tool_answers_two_turns_keeping_history()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var weather = new WeatherTool();
        var agent = CreateAgent(emulator, weather);
        var session = await agent.CreateSessionAsync(Ct);

        var first = await agent.RunAsync(FirstQuestion, session, cancellationToken: Ct);
        var second = await agent.RunAsync(SecondQuestion, session, cancellationToken: Ct);

        weather.Calls.Should().Be(2);
        first.Text.Should().Be("According to get_weather: Sunny in Paris (report 1)");
        second.Text.Should().Be("According to get_weather: Sunny in Rome (report 2)");
        second.Messages.Should().Contain(m => m.Role == ChatRole.Assistant && m.AuthorName == AgentName,
            "the agent stamps its name on its answers, which the connector must keep off the wire");
        AssertWireConversation(emulator, expectStreaming: false);
    }

    [Fact]
    public async Task Streaming_agent_with_a_tool_answers_two_turns_keeping_history()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var weather = new WeatherTool();
        var agent = CreateAgent(emulator, weather);
        var session = await agent.CreateSessionAsync(Ct);

        var first = await agent.RunStreamingAsync(FirstQuestion, session, cancellationToken: Ct).ToListAsync(Ct);
        var second = await agent.RunStreamingAsync(SecondQuestion, session, cancellationToken: Ct).ToListAsync(Ct);

        weather.Calls.Should().Be(2);
        string.Concat(first.Select(u => u.Text)).Should().Be("According to get_weather: Sunny in Paris (report 1)");
        string.Concat(second.Select(u => u.Text)).Should().Be("According to get_weather: Sunny in Rome (report 2)");
        second.Where(u => u.Text.Length > 0).Should().HaveCountGreaterThan(1, "the answer arrives in pieces")
            .And.OnlyContain(u => u.AuthorName == AgentName);
        AssertWireConversation(emulator, expectStreaming: true);
    }

    private static ChatClientAgent CreateAgent(GroqEmulator emulator, WeatherTool weather) =>
        new(EmulatorClients.Chat(emulator), Instructions, AgentName, tools: [AIFunctionFactory.Create(weather.GetWeather, "get_weather")]);

    /// <summary>
    /// Each turn makes two requests (tool call, then tool result), so request 2 opens the second turn
    /// and must replay the whole first turn after the instructions.
    /// </summary>
    private static void AssertWireConversation(GroqEmulator emulator, bool expectStreaming)
    {
        emulator.Requests.Should().HaveCount(4).And.OnlyContain(r => r.StatusCode == 200);
        foreach (var request in emulator.Requests)
        {
            var body = request.Json!.Value;
            (body.TryGetProperty("stream", out var stream) && stream.GetBoolean()).Should().Be(expectStreaming);
            body.GetProperty("tools")[0].GetProperty("function").GetProperty("name").GetString().Should().Be("get_weather");
            var messages = body.GetProperty("messages");
            Role(messages[0]).Should().Be("system");
            messages[0].GetProperty("content").GetString().Should().Be(Instructions);
            messages.EnumerateArray().Where(HasName).Should().BeEmpty("author names never reach Groq");
        }

        var secondTurn = emulator.Requests[2].Json!.Value.GetProperty("messages");
        secondTurn.EnumerateArray().Select(Role).Should().Equal("system", "user", "assistant", "tool", "assistant", "user");
        secondTurn[1].GetProperty("content").GetString().Should().Be(FirstQuestion);
        string callId = secondTurn[2].GetProperty("tool_calls")[0].GetProperty("id").GetString()!;
        secondTurn[3].GetProperty("tool_call_id").GetString().Should().Be(callId);
        secondTurn[3].GetProperty("content").GetString().Should().Be("Sunny in Paris (report 1)");
        secondTurn[4].GetProperty("content").GetString().Should().Be("According to get_weather: Sunny in Paris (report 1)");
        secondTurn[5].GetProperty("content").GetString().Should().Be(SecondQuestion);
        emulator.Requests[3].Json!.Value.GetProperty("messages").GetArrayLength().Should().Be(8);
    }

    private static string Role(JsonElement message) => message.GetProperty("role").GetString()!;

    private static bool HasName(JsonElement message) => message.TryGetProperty("name", out _);

    private sealed class WeatherTool
    {
        public int Calls { get; private set; }

        [Description("Gets the current weather for a city.")]
        public string GetWeather([Description("The city name.")] string city)
        {
            Calls++;
            return string.Create(CultureInfo.InvariantCulture, $"Sunny in {city} (report {Calls})");
        }
    }
}
