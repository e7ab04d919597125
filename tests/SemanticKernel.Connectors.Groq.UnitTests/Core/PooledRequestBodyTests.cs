using System.Net.Http.Headers;
using System.Text.Json;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.Core;
using SemanticKernel.Connectors.Groq.Core.Wire;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Core;

/// <summary>The chat request body in a pooled buffer: the same bytes as a fresh array, and the buffer kept while any attempt sends it.</summary>
public sealed class PooledRequestBodyTests
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    [Theory]
    [InlineData(1)]
    [InlineData(400)]
    public void The_body_is_byte_for_byte_what_the_serializer_writes_into_a_new_array(int messages)
    {
        var request = Request(messages);

        using var body = PooledRequestBody.Serialize(request, GroqJsonContext.Default.WireChatRequest, Json);

        body.TryAcquire(out var bytes).Should().BeTrue();
        bytes.ToArray().Should().Equal(JsonSerializer.SerializeToUtf8Bytes(request, GroqJsonContext.Default.WireChatRequest));
        body.Length.Should().Be(bytes.Length);
        body.Release();
    }

    [Fact]
    public async Task Every_attempts_content_sends_the_whole_body_with_its_length_and_type()
    {
        using var body = PooledRequestBody.Serialize(Request(50), GroqJsonContext.Default.WireChatRequest, Json);
        byte[] expected = JsonSerializer.SerializeToUtf8Bytes(Request(50), GroqJsonContext.Default.WireChatRequest);

        for (int attempt = 0; attempt < 2; attempt++)
        {
            using var content = body.CreateContent();
            content.Headers.ContentLength.Should().Be(expected.Length);
            content.Headers.ContentType!.MediaType.Should().Be("application/json");
            (await content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Should().Equal(expected);
        }
    }

    [Fact]
    public async Task A_content_still_sending_when_the_body_is_disposed_keeps_the_buffer_until_it_has_written_it()
    {
        var body = PooledRequestBody.Serialize(Request(3), GroqJsonContext.Default.WireChatRequest, Json);
        byte[] expected = JsonSerializer.SerializeToUtf8Bytes(Request(3), GroqJsonContext.Default.WireChatRequest);
        using var content = body.CreateContent();
        var slow = new GatedStream();

        var sending = content.CopyToAsync(slow, TestContext.Current.CancellationToken);
        await slow.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        body.Dispose();
        slow.Open.SetResult();
        await sending.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        slow.ToArray().Should().Equal(expected);
        body.TryAcquire(out _).Should().BeFalse("the last holder returned the buffer to the pool");
        using var late = body.CreateContent();
        (await late.Invoking(c => c.CopyToAsync(Stream.Null)).Should().ThrowAsync<HttpRequestException>()).WithInnerException<ObjectDisposedException>();
    }

    private static WireChatRequest Request(int messages)
    {
        var list = new List<WireMessage>();
        for (int i = 0; i < messages; i++)
        {
            list.Add(new WireMessage { Role = i % 2 == 0 ? "user" : "assistant", Content = WireContent.FromText($"Message {i}: ünïcode \"quoted\" <tag> and some text to make it longer.") });
        }

        return new WireChatRequest { Model = "llama-3.3-70b-versatile", Messages = list, Temperature = 0.5f };
    }

    /// <summary>A stream whose write waits until it is opened, copying what it was given first.</summary>
    private sealed class GatedStream : MemoryStream
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Open { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Entered.TrySetResult();
            await Open.Task.WaitAsync(cancellationToken);
            await base.WriteAsync(buffer, cancellationToken);
        }
    }
}
