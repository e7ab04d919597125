using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.ChatCompletion;

/// <summary>Executed built-in tools and citations on Semantic Kernel contents, which have no types for them: metadata.</summary>
public sealed class KernelBuiltInToolTests
{
    private static CancellationToken Ct => TestClients.Ct;

    private static GroqChatCompletionService Service(CannedHandler handler) =>
        new(TestClients.Model, new GroqClientOptions { ApiKey = TestClients.ApiKey, MaxRetries = 0 }, new HttpClient(handler));

    [Fact]
    public async Task Executed_tools_are_in_the_message_metadata_as_MEAI_contents_in_wire_order()
    {
        var handler = CannedHandler.Json(TestData.Read("groq-compound-executed-tools.json"));

        var message = await Service(handler).GetChatMessageContentAsync(new ChatHistory("Paris?"), cancellationToken: Ct);

        var tools = message.Metadata![GroqMetadataKeys.ExecutedTools].Should().BeAssignableTo<IReadOnlyList<AIContent>>().Subject;
        tools.Select(t => t.GetType()).Should().Equal(
            typeof(WebSearchToolCallContent), typeof(WebSearchToolResultContent),
            typeof(CodeInterpreterToolCallContent), typeof(CodeInterpreterToolResultContent),
            typeof(ToolCallContent), typeof(ToolResultContent));
        ((WebSearchToolCallContent)tools[0]).Queries.Should().Equal("population of Paris");
        message.Content.Should().Be("Paris has about 2.1 million people. The name has 5 letters.");
        message.Items.Should().NotContain(i => i is Microsoft.SemanticKernel.FunctionCallContent, "SK must not try to invoke tools Groq already ran");
        message.Metadata.Should().NotContainKey(GroqMetadataKeys.Citations);
    }

    [Fact]
    public async Task Citations_are_in_the_message_metadata_and_on_the_text_item()
    {
        var handler = CannedHandler.Json(TestData.Read("groq-documents-citations.json"));

        var message = await Service(handler).GetChatMessageContentAsync(new ChatHistory("Warranty?"), cancellationToken: Ct);

        var citations = message.Metadata![GroqMetadataKeys.Citations].Should().BeAssignableTo<IReadOnlyList<CitationAnnotation>>().Subject;
        citations.Select(c => c.Title).Should().Equal("warranty", null);
        var text = message.Items.OfType<Microsoft.SemanticKernel.TextContent>().Should().ContainSingle().Subject;
        text.Metadata![GroqMetadataKeys.Citations].Should().BeEquivalentTo(citations);
        message.Metadata.Should().NotContainKey(GroqMetadataKeys.ExecutedTools);
    }

    [Fact]
    public async Task A_plain_answer_has_neither_key()
    {
        var handler = CannedHandler.Json(TestData.Completion());

        var message = await Service(handler).GetChatMessageContentAsync(new ChatHistory("Hi"), cancellationToken: Ct);

        message.Metadata.Should().NotContainKeys(GroqMetadataKeys.ExecutedTools, GroqMetadataKeys.Citations);
        message.Items.OfType<Microsoft.SemanticKernel.TextContent>().Single().Metadata.Should().BeNull();
    }

    [Fact]
    public async Task Streamed_updates_carry_the_executed_tools_and_citations_they_deliver()
    {
        var handler = CannedHandler.Sse(TestData.ToSse(TestData.ChunkLines("groq-compound-executed-tools.chunks.txt")));

        var updates = new List<StreamingChatMessageContent>();
        await foreach (var update in Service(handler).GetStreamingChatMessageContentsAsync(new ChatHistory("Paris?"), cancellationToken: Ct))
        {
            updates.Add(update);
        }

        updates[1].Metadata![GroqMetadataKeys.ExecutedTools].Should().BeAssignableTo<IReadOnlyList<AIContent>>()
            .Which.Should().ContainSingle().Which.Should().BeOfType<WebSearchToolCallContent>();
        updates[2].Metadata![GroqMetadataKeys.ExecutedTools].Should().BeAssignableTo<IReadOnlyList<AIContent>>()
            .Which.Should().ContainSingle().Which.Should().BeOfType<WebSearchToolResultContent>();
        updates[6].Metadata![GroqMetadataKeys.Citations].Should().BeAssignableTo<IReadOnlyList<CitationAnnotation>>()
            .Which.Should().ContainSingle().Which.Title.Should().Be("warranty");
        updates[4].Metadata.Should().NotContainKeys(GroqMetadataKeys.ExecutedTools, GroqMetadataKeys.Citations);
        string.Concat(updates.Select(u => u.Content)).Should().Be("The warranty lasts two years.");
    }
}
