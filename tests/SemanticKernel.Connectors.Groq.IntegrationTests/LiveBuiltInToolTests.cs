using FluentAssertions;
using Microsoft.Extensions.AI;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>Built-in tools and citations against api.groq.com; run only when GROQ_API_KEY is set.</summary>
public sealed class LiveBuiltInToolTests
{
    private const string SkipReason = "GROQ_API_KEY is not set: live tests against api.groq.com are skipped.";
    private static readonly string? ApiKey = Environment.GetEnvironmentVariable("GROQ_API_KEY");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Live_compound_answer_reports_each_tool_it_ran_as_a_call_with_its_result()
    {
        Assert.SkipWhen(string.IsNullOrEmpty(ApiKey), SkipReason);
        using var client = new GroqChatClient("groq/compound-mini", ApiKey!);

        var response = await client.GetResponseAsync("Search the web: what is the latest stable .NET version?", cancellationToken: Ct);

        var contents = response.Messages[0].Contents;
        var calls = contents.OfType<ToolCallContent>().Where(c => c is not FunctionCallContent).ToList();
        calls.Should().NotBeEmpty("the question asks for a web search");
        contents.OfType<ToolResultContent>().Where(r => r is not FunctionResultContent).Select(r => r.CallId)
            .Should().BeSubsetOf(calls.Select(c => c.CallId));
        response.Text.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Live_streamed_compound_answer_yields_the_same_kinds_of_tool_contents()
    {
        Assert.SkipWhen(string.IsNullOrEmpty(ApiKey), SkipReason);
        using var client = new GroqChatClient("groq/compound-mini", ApiKey!);

        var updates = await client.GetStreamingResponseAsync("Search the web: what is the latest stable .NET version?", cancellationToken: Ct).ToListAsync(Ct);

        updates.SelectMany(u => u.Contents).OfType<ToolCallContent>().Where(c => c is not FunctionCallContent).Should().NotBeEmpty();
        string.Concat(updates.Select(u => u.Text)).Should().NotBeNullOrWhiteSpace();
    }
}
