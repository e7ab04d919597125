using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.Emulator;
using TextContent = Microsoft.Extensions.AI.TextContent;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>Built-in tools Groq runs (<c>executed_tools</c>) and document citations, through MEAI and SK, against the emulator.</summary>
public sealed class BuiltInToolsOverSocketTests
{
    private const string Question = "How many people live in Paris?";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ChatOptions WithDocuments(string citationOptions = "enabled") => new()
    {
        AdditionalProperties = new()
        {
            [GroqChatOptionKeys.Documents] = JsonDocument.Parse(
                """[{"id":"warranty","source":{"type":"text","text":"The warranty lasts two years from purchase."}}]""").RootElement,
            [GroqChatOptionKeys.CitationOptions] = citationOptions,
        },
    };

    private static ChatHistory UserSays(string text)
    {
        var history = new ChatHistory();
        history.AddUserMessage(text);
        return history;
    }

    [Fact]
    public async Task Hosted_web_search_and_code_interpreter_on_gpt_oss_come_back_as_MEAI_tool_contents()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator, "openai/gpt-oss-20b");

        var response = await client.GetResponseAsync(
            Question, new ChatOptions { Tools = [new HostedWebSearchTool(), new HostedCodeInterpreterTool()] }, Ct);

        var contents = response.Messages[0].Contents;
        contents.OfType<WebSearchToolCallContent>().Should().ContainSingle().Which.Queries.Should().Equal(Question);
        var pages = contents.OfType<WebSearchToolResultContent>().Should().ContainSingle().Which.Outputs!.Cast<UriContent>().ToList();
        pages.Should().HaveCount(2);
        pages.Should().OnlyContain(p => p.Uri.Host == "search.emulator.test" && p.AdditionalProperties!["title"] is string);
        contents.OfType<CodeInterpreterToolResultContent>().Should().ContainSingle()
            .Which.Outputs!.OfType<TextContent>().Single().Text.Should().Be($"{Question.Length}\n");
        response.Text.Should().Be($"You asked: {Question}");
        var tools = emulator.Requests.Single().Json!.Value.GetProperty("tools");
        tools.EnumerateArray().Select(t => t.GetRawText()).Should().Equal("""{"type":"browser_search"}""", """{"type":"code_interpreter"}""");
    }

    [Fact]
    public async Task A_compound_stream_yields_each_tool_as_it_starts_and_finishes_before_the_text()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator, "groq/compound");

        var updates = await client.GetStreamingResponseAsync(Question, cancellationToken: Ct).ToListAsync(Ct);

        var kinds = updates.SelectMany(u => u.Contents)
            .Where(c => c is ToolCallContent or ToolResultContent || c is TextContent { Text.Length: > 0 })
            .Select(c => c.GetType()).Distinct().ToList();
        kinds.Should().Equal(
            typeof(WebSearchToolCallContent), typeof(WebSearchToolResultContent),
            typeof(CodeInterpreterToolCallContent), typeof(CodeInterpreterToolResultContent), typeof(TextContent));
        updates.Should().Contain(u => u.Contents.Count == 1 && u.Contents[0] is WebSearchToolCallContent, "the call is yielded when the tool starts");
        var whole = updates.ToChatResponse();
        whole.Messages.SelectMany(m => m.Contents).OfType<WebSearchToolResultContent>().Should().ContainSingle()
            .Which.Outputs.Should().HaveCount(2);
        whole.Text.Should().Be($"You asked: {Question}");
    }

    [Fact]
    public async Task A_compound_mini_answer_searches_once_and_runs_no_code()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator, "groq/compound-mini");

        var response = await client.GetResponseAsync(Question, cancellationToken: Ct);

        response.Messages[0].Contents.Where(c => c is ToolCallContent).Should().ContainSingle().Which.Should().BeOfType<WebSearchToolCallContent>();
    }

    [Fact]
    public async Task A_conversation_continues_after_an_answer_that_ran_built_in_tools()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator, "groq/compound");
        List<ChatMessage> history = [new(ChatRole.User, Question)];

        history.AddMessages(await client.GetResponseAsync(history, cancellationToken: Ct));
        history.Add(new ChatMessage(ChatRole.User, "And Lyon?"));
        var second = await client.GetResponseAsync(history, cancellationToken: Ct);

        second.Text.Should().Be("You asked: And Lyon?");
        var sentBack = emulator.Requests[1].Json!.Value.GetProperty("messages")[1];
        sentBack.TryGetProperty("executed_tools", out _).Should().BeFalse();
        sentBack.GetProperty("content").GetString().Should().Be($"You asked: {Question}");
    }

    [Fact]
    public async Task Documents_with_citations_enabled_annotate_the_text_that_quotes_them()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator);

        var response = await client.GetResponseAsync("How long is the warranty?", WithDocuments(), Ct);

        var text = response.Messages[0].Contents.OfType<TextContent>().Should().ContainSingle().Subject;
        var citation = text.Annotations.Should().ContainSingle().Which.Should().BeOfType<CitationAnnotation>().Subject;
        citation.Title.Should().Be("warranty");
        var span = (TextSpanAnnotatedRegion)citation.AnnotatedRegions!.Single();
        text.Text[span.StartIndex!.Value..span.EndIndex!.Value].Should().Be("Document warranty says: The warranty lasts two years from purchase.");
        var sent = emulator.Requests.Single().Json!.Value;
        sent.GetProperty("citation_options").GetString().Should().Be("enabled");
        sent.GetProperty("documents")[0].GetProperty("id").GetString().Should().Be("warranty");
    }

    [Fact]
    public async Task Documents_with_citations_disabled_are_not_annotated()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator);

        var response = await client.GetResponseAsync("How long is the warranty?", WithDocuments("disabled"), Ct);

        response.Messages[0].Contents.OfType<TextContent>().Should().OnlyContain(t => t.Annotations == null);
    }

    [Fact]
    public async Task Streamed_citations_arrive_in_their_own_update_with_offsets_into_the_whole_text()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator);

        var updates = await client.GetStreamingResponseAsync("How long is the warranty?", WithDocuments(), Ct).ToListAsync(Ct);

        var cited = updates.SelectMany(u => u.Contents).OfType<TextContent>().Where(t => t.Annotations is { Count: > 0 }).Should().ContainSingle().Subject;
        var span = (TextSpanAnnotatedRegion)cited.Annotations!.Single().AnnotatedRegions!.Single();
        string.Concat(updates.Select(u => u.Text))[span.StartIndex!.Value..span.EndIndex!.Value]
            .Should().Be("Document warranty says: The warranty lasts two years from purchase.");
        updates.ToChatResponse().Messages.SelectMany(m => m.Contents).OfType<TextContent>()
            .SelectMany(t => t.Annotations ?? []).Should().ContainSingle("MEAI's coalescing keeps the annotated text's citations");
    }

    [Fact]
    public async Task SK_answers_from_a_compound_model_carry_the_executed_tools_in_their_metadata()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var service = new GroqChatCompletionService("groq/compound", EmulatorClients.Options(emulator));

        var message = await service.GetChatMessageContentAsync(UserSays(Question), cancellationToken: Ct);

        var tools = message.Metadata![GroqMetadataKeys.ExecutedTools].Should().BeAssignableTo<IReadOnlyList<AIContent>>().Subject;
        tools.Select(t => t.GetType()).Should().Equal(
            typeof(WebSearchToolCallContent), typeof(WebSearchToolResultContent),
            typeof(CodeInterpreterToolCallContent), typeof(CodeInterpreterToolResultContent));
        message.Content.Should().Be($"You asked: {Question}");
    }

    [Fact]
    public async Task SK_streams_carry_executed_tools_and_citations_in_the_metadata_of_the_updates_that_deliver_them()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var service = new GroqChatCompletionService("groq/compound-mini", EmulatorClients.Options(emulator));
        var settings = new GroqPromptExecutionSettings
        {
            ExtensionData = new Dictionary<string, object>
            {
                ["documents"] = JsonDocument.Parse("""[{"source":{"type":"json","data":{"plan":"gold"}}}]""").RootElement,
                ["citation_options"] = "enabled",
            },
        };

        var updates = new List<StreamingChatMessageContent>();
        await foreach (var update in service.GetStreamingChatMessageContentsAsync(UserSays("Which plan?"), settings, cancellationToken: Ct))
        {
            updates.Add(update);
        }

        updates.SelectMany(u => u.Metadata?.GetValueOrDefault(GroqMetadataKeys.ExecutedTools) as IReadOnlyList<AIContent> ?? [])
            .Select(t => t.GetType()).Should().Equal(typeof(WebSearchToolCallContent), typeof(WebSearchToolResultContent));
        var citation = updates.SelectMany(u => u.Metadata?.GetValueOrDefault(GroqMetadataKeys.Citations) as IReadOnlyList<CitationAnnotation> ?? [])
            .Should().ContainSingle().Subject;
        citation.Title.Should().Be("0", "a document without an id is named by its position");
        var span = (TextSpanAnnotatedRegion)citation.AnnotatedRegions!.Single();
        string.Concat(updates.Select(u => u.Content))[span.StartIndex!.Value..span.EndIndex!.Value].Should().Be("""Document 0 says: {"plan":"gold"}.""");
    }

    [Fact]
    public async Task Built_in_tools_offered_to_a_model_without_them_are_accepted_and_not_run()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator);

        var response = await client.GetResponseAsync(Question, new ChatOptions { Tools = [new HostedWebSearchTool()] }, Ct);

        response.Messages[0].Contents.Should().NotContain(c => c is ToolCallContent || c is ToolResultContent);
        response.Text.Should().Be($"You asked: {Question}");
    }
}
