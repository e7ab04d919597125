using System.Text;
using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Chat;

/// <summary>
/// <c>executed_tools</c> and <c>annotations</c> as MEAI contents. The bodies follow the shapes groq-sdk 1.6.0 types
/// (<c>ChatCompletionMessage.ExecutedTool</c>, <c>Annotation</c>, and their stream-delta twins); they are not recordings.
/// </summary>
public sealed class BuiltInToolResponseTests
{
    private const string Compound = "groq-compound-executed-tools.json";
    private const string CompoundChunks = "groq-compound-executed-tools.chunks.txt";
    private const string Citations = "groq-documents-citations.json";

    private static async Task<ChatResponse> RespondWithAsync(string json)
    {
        using var client = TestClients.Chat(CannedHandler.Json(json));
        return await client.GetResponseAsync(TestClients.Hi, cancellationToken: TestClients.Ct);
    }

    private static async Task<List<ChatResponseUpdate>> StreamAsync(string chunksFile)
    {
        using var client = TestClients.Chat(CannedHandler.Sse(TestData.ToSse(TestData.ChunkLines(chunksFile))));
        return await TestClients.StreamAsync(client);
    }

    [Fact]
    public async Task A_web_search_becomes_a_call_with_its_query_and_a_result_with_one_uri_per_page()
    {
        var contents = (await RespondWithAsync(TestData.Read(Compound))).Messages[0].Contents;

        var call = contents.OfType<WebSearchToolCallContent>().Should().ContainSingle().Subject;
        call.CallId.Should().Be("executed_tools[0]");
        call.Queries.Should().Equal("population of Paris");
        var result = contents.OfType<WebSearchToolResultContent>().Should().ContainSingle().Subject;
        result.CallId.Should().Be(call.CallId);
        var pages = result.Outputs!.Cast<UriContent>().ToList();
        pages.Select(p => p.Uri.ToString()).Should().Equal("https://en.wikipedia.org/wiki/Paris", "https://www.insee.fr/en/statistiques");
        pages[0].MediaType.Should().Be("text/html");
        pages[0].AdditionalProperties!["title"].Should().Be("Paris - Wikipedia");
        pages[0].AdditionalProperties!["content"].Should().Be("Paris has an estimated population of 2.1 million.");
        pages[0].AdditionalProperties!["score"].Should().Be(0.91);
    }

    [Fact]
    public async Task Executed_code_becomes_a_call_with_the_python_source_and_a_result_with_its_text_and_image()
    {
        var contents = (await RespondWithAsync(TestData.Read(Compound))).Messages[0].Contents;

        var call = contents.OfType<CodeInterpreterToolCallContent>().Should().ContainSingle().Subject;
        call.CallId.Should().Be("executed_tools[1]");
        var code = call.Inputs.Should().ContainSingle().Which.Should().BeOfType<DataContent>().Subject;
        code.MediaType.Should().Be("text/x-python");
        Encoding.UTF8.GetString(code.Data.Span).Should().Be("print(len('Paris'))");
        var result = contents.OfType<CodeInterpreterToolResultContent>().Should().ContainSingle().Subject;
        result.CallId.Should().Be(call.CallId);
        result.Outputs!.OfType<TextContent>().Should().ContainSingle().Which.Text.Should().Be("5\n");
        var image = result.Outputs!.OfType<DataContent>().Should().ContainSingle().Subject;
        image.MediaType.Should().Be("image/png");
        image.Data.ToArray().Should().Equal(Convert.FromBase64String("iVBORw0KGgo="));
    }

    [Fact]
    public async Task Another_tool_keeps_its_Groq_type_arguments_and_output_on_generic_tool_contents()
    {
        var contents = (await RespondWithAsync(TestData.Read(Compound))).Messages[0].Contents;

        var call = contents.Single(c => c.GetType() == typeof(ToolCallContent)).Should().BeOfType<ToolCallContent>().Subject;
        call.CallId.Should().Be("executed_tools[2]");
        call.AdditionalProperties!["type"].Should().Be("visit");
        call.AdditionalProperties!["arguments"].Should().Be("""{"url":"https://www.insee.fr"}""");
        var result = contents.Single(c => c.GetType() == typeof(ToolResultContent)).Should().BeOfType<ToolResultContent>().Subject;
        result.CallId.Should().Be(call.CallId);
        result.AdditionalProperties!["output"].Should().Be("INSEE home page");
    }

    [Fact]
    public async Task Executed_tools_come_after_the_reasoning_and_before_the_answer_text()
    {
        var contents = (await RespondWithAsync(TestData.Read(Compound))).Messages[0].Contents;

        contents.Select(c => c.GetType().Name).Should().Equal(
            nameof(TextReasoningContent),
            nameof(WebSearchToolCallContent), nameof(WebSearchToolResultContent),
            nameof(CodeInterpreterToolCallContent), nameof(CodeInterpreterToolResultContent),
            nameof(ToolCallContent), nameof(ToolResultContent),
            nameof(TextContent));
        contents.OfType<FunctionCallContent>().Should().BeEmpty("Groq ran these tools; nothing is left for the caller to invoke");
    }

    [Fact]
    public async Task Document_and_function_citations_annotate_their_spans_of_the_text()
    {
        var text = (await RespondWithAsync(TestData.Read(Citations))).Messages[0].Contents.OfType<TextContent>().Should().ContainSingle().Subject;

        var citations = text.Annotations!.Cast<CitationAnnotation>().ToList();
        citations.Should().HaveCount(2);
        citations[0].Title.Should().Be("warranty");
        citations[0].AdditionalProperties!["document_id"].Should().Be("warranty");
        var span = citations[0].AnnotatedRegions.Should().ContainSingle().Which.Should().BeOfType<TextSpanAnnotatedRegion>().Subject;
        text.Text[span.StartIndex!.Value..span.EndIndex!.Value].Should().Be("The warranty lasts two years.");
        citations[1].AdditionalProperties!["tool_call_id"].Should().Be("call_7");
        var second = (TextSpanAnnotatedRegion)citations[1].AnnotatedRegions!.Single();
        text.Text[second.StartIndex!.Value..second.EndIndex!.Value].Should().Be("Returns take 30 days.");
    }

    [Fact]
    public async Task A_plain_answer_has_no_tool_contents_and_no_annotations()
    {
        var contents = (await RespondWithAsync(TestData.Read(TestData.Text))).Messages[0].Contents;

        contents.Should().NotContain(c => c is ToolCallContent || c is ToolResultContent);
        contents.OfType<TextContent>().Should().OnlyContain(t => t.Annotations == null);
    }

    [Fact]
    public async Task Streamed_tools_are_called_when_they_start_and_answered_when_they_finish()
    {
        var updates = await StreamAsync(CompoundChunks);

        updates[1].Contents.Should().ContainSingle().Which.Should().BeOfType<WebSearchToolCallContent>()
            .Which.Queries.Should().Equal("population of Paris");
        var searched = updates[2].Contents.Should().ContainSingle().Which.Should().BeOfType<WebSearchToolResultContent>().Subject;
        searched.Outputs!.Cast<UriContent>().Single().Uri.Should().Be(new Uri("https://en.wikipedia.org/wiki/Paris"));
        updates[3].Contents.Select(c => c.GetType()).Should().Equal(typeof(CodeInterpreterToolCallContent), typeof(CodeInterpreterToolResultContent));
        updates.SelectMany(u => u.Contents).OfType<WebSearchToolCallContent>().Should().ContainSingle("a tool's second delta carries its result, not a new call");
    }

    [Fact]
    public async Task Streamed_citations_arrive_on_the_text_of_the_update_that_carries_them()
    {
        var updates = await StreamAsync(CompoundChunks);

        var cited = updates[6].Contents.Should().ContainSingle().Which.Should().BeOfType<TextContent>().Subject;
        cited.Text.Should().BeEmpty();
        var citation = cited.Annotations.Should().ContainSingle().Which.Should().BeOfType<CitationAnnotation>().Subject;
        citation.Title.Should().Be("warranty");
        var span = (TextSpanAnnotatedRegion)citation.AnnotatedRegions!.Single();
        string.Concat(updates.Select(u => u.Text))[span.StartIndex!.Value..span.EndIndex!.Value].Should().Be("The warranty lasts two years.");
    }

    [Fact]
    public async Task A_streamed_answer_without_built_in_tools_carries_no_tool_contents()
    {
        var updates = await StreamAsync(TestData.TextChunks);

        updates.SelectMany(u => u.Contents).Should().NotContain(c => c is ToolCallContent || c is ToolResultContent);
        updates.SelectMany(u => u.Contents).OfType<TextContent>().Should().OnlyContain(t => t.Annotations == null);
    }

    [Fact]
    public async Task Executed_tool_results_count_toward_the_stream_character_limit()
    {
        var handler = CannedHandler.Sse(TestData.ToSse(TestData.ChunkLines(CompoundChunks)));
        using var client = new GroqChatClient(
            TestClients.Model,
            new GroqClientOptions { ApiKey = TestClients.ApiKey, MaxRetries = 0, MaxStreamCharacters = 60 },
            new HttpClient(handler));

        var act = () => TestClients.StreamAsync(client);

        await act.Should().ThrowAsync<GroqException>().WithMessage("*MaxStreamCharacters*executed-tool results*");
    }

    [Fact]
    public async Task An_assistant_message_holding_executed_tools_is_sent_back_as_its_text_only()
    {
        var answer = (await RespondWithAsync(TestData.Read(Compound))).Messages[0];

        var body = await TestClients.BodyOfAsync(null, new ChatMessage(ChatRole.User, "Paris?"), answer, new ChatMessage(ChatRole.User, "And Lyon?"));

        var assistant = body.GetProperty("messages")[1];
        assistant.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(["role", "content", "reasoning"]);
        assistant.GetProperty("content").GetString().Should().Be("Paris has about 2.1 million people. The name has 5 letters.");
    }

    [Fact]
    public async Task Built_in_tool_results_and_citations_of_an_unexpected_shape_are_skipped_and_the_answer_still_arrives()
    {
        const string Body = """
            {"id":"chatcmpl-1","object":"chat.completion","created":1730000000,"model":"groq/compound",
             "choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"Paris.",
               "executed_tools":[{"index":"first","type":["search"]},{"index":1,"type":"python","arguments":"{\"code\":\"print(1)\"}","output":"1"}],
               "annotations":"not a list"}}]}
            """;

        var message = (await RespondWithAsync(Body)).Messages[0];

        message.Text.Should().Be("Paris.");
        message.Contents.OfType<CodeInterpreterToolCallContent>().Should().ContainSingle();
        message.Contents.OfType<WebSearchToolCallContent>().Should().BeEmpty();
        message.Contents.OfType<TextContent>().Single().Annotations.Should().BeNullOrEmpty();
    }
}
