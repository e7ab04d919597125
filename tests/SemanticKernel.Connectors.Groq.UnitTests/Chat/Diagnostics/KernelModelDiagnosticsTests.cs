using System.Diagnostics;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.Chat;
using SemanticKernel.Connectors.Groq.Chat.Diagnostics;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Chat.Diagnostics;

/// <summary>SK's <c>gen_ai</c> chat span around a streamed request ends however the stream ends.</summary>
public sealed class KernelModelDiagnosticsTests
{
    [Fact]
    public async Task The_chat_span_of_a_stream_ends_even_when_releasing_the_stream_throws()
    {
        using var root = new ActivitySource("UnitTests.KernelSpans." + Guid.NewGuid().ToString("N"));
        var spans = new List<Activity>();
        ActivityTraceId trace = default;
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == KernelChatSpan.SourceName || source.Name == root.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> options) =>
                options.Source.Name == root.Name || options.Parent.TraceId == trace ? ActivitySamplingResult.AllDataAndRecorded : ActivitySamplingResult.None,
            ActivityStarted = span =>
            {
                if (span.Source.Name == KernelChatSpan.SourceName)
                {
                    lock (spans)
                    {
                        spans.Add(span);
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        using var test = root.StartActivity("test")!;
        trace = test.TraceId;
        var settings = new GroqPromptExecutionSettings();
        var call = new KernelCall(settings, settings, null, null, KernelSettingsMapper.ToChatOptions(settings), "m");
        var diagnostics = new KernelModelDiagnostics(new KernelDiagnosticsSwitches(Enabled: true, Sensitive: false), new Uri("https://groq.test/openai/v1"));

        Func<Task> act = async () =>
        {
            await foreach (var _ in diagnostics.StreamAsync(new FailsOnRelease(), new ChatHistory(), call, retainArgumentTypes: false, TestContext.Current.CancellationToken))
            {
            }
        };

        await act.Should().ThrowAsync<IOException>();
        spans.Should().ContainSingle().Which.IsStopped.Should().BeTrue();
    }

    /// <summary>One update, then a release that throws (as a connection torn down badly might).</summary>
    private sealed class FailsOnRelease : IAsyncEnumerable<ChatResponseUpdate>, IAsyncEnumerator<ChatResponseUpdate>
    {
        private bool _read;

        public ChatResponseUpdate Current { get; } = new(ChatRole.Assistant, "Hi");

        public IAsyncEnumerator<ChatResponseUpdate> GetAsyncEnumerator(CancellationToken cancellationToken = default) => this;

        public ValueTask<bool> MoveNextAsync()
        {
            bool first = !_read;
            _read = true;
            return ValueTask.FromResult(first);
        }

        public ValueTask DisposeAsync() => throw new IOException("The connection was reset while it was released.");
    }
}
