using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using SemanticKernel.Connectors.Groq.UnitTests.Support;

namespace SemanticKernel.Connectors.Groq.UnitTests.Audio;

/// <summary>Empty audio is refused as empty, naming the argument it came in, before its format is looked at and before anything is sent.</summary>
public sealed class EmptyAudioTests
{
    private static CancellationToken Ct => TestClients.Ct;

    private static CannedHandler Handler() => CannedHandler.Json(TestData.Read("groq-transcription.json"));

    private static GroqSpeechToTextClient Client(CannedHandler handler) =>
        new("whisper-large-v3-turbo", new GroqClientOptions { ApiKey = TestClients.ApiKey, Endpoint = GroqClientOptions.DefaultEndpoint, MaxRetries = 0 }, new HttpClient(handler));

    private static async Task RefusedAsEmptyAsync(Func<Task> act, string argument, CannedHandler handler)
    {
        var thrown = (await act.Should().ThrowAsync<ArgumentException>()).Which;
        thrown.Message.Should().StartWith($"The audio is empty: {argument} holds no bytes").And.NotContain("format");
        thrown.ParamName.Should().Be(argument);
        handler.Requests.Should().BeEmpty();
    }

    // SK's AudioContent itself refuses empty bytes, so a kernel caller's empty audio is an empty file.
    [Fact]
    public async Task Kernel_audio_content_naming_an_empty_file_is_refused_as_empty()
    {
        var handler = Handler();
        string path = Path.Combine(Path.GetTempPath(), $"empty-{Guid.NewGuid():N}.wav");
        await File.WriteAllBytesAsync(path, [], Ct);
        try
        {
            await RefusedAsEmptyAsync(
                () => TranscriptionRequestTests.Service(handler).GetTextContentsAsync(new AudioContent(new Uri(path)), cancellationToken: Ct),
                "content",
                handler);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task An_empty_unnamed_stream_is_refused_as_empty_not_as_of_unknown_format()
    {
        var handler = Handler();
        using var client = Client(handler);

        await RefusedAsEmptyAsync(() => client.GetTextAsync(new MemoryStream(), cancellationToken: Ct), "audioSpeechStream", handler);
    }

    [Fact]
    public async Task An_empty_forward_only_stream_is_refused_as_empty()
    {
        var handler = Handler();
        using var client = Client(handler);

        await RefusedAsEmptyAsync(() => client.GetTextAsync(new ForwardOnlyStream([]), cancellationToken: Ct), "audioSpeechStream", handler);
    }

    [Theory]
    [InlineData("audio/wav")]
    [InlineData("application/octet-stream")]
    public async Task Empty_DataContent_is_refused_as_empty(string mediaType)
    {
        var handler = Handler();
        using var client = Client(handler);

        await RefusedAsEmptyAsync(() => client.GetTextAsync(new DataContent(ReadOnlyMemory<byte>.Empty, mediaType), cancellationToken: Ct), "audioSpeechStream", handler);
    }

    [Fact]
    public async Task Empty_audio_is_refused_as_empty_even_when_a_setting_is_also_wrong()
    {
        var handler = Handler();
        using var client = Client(handler);
        var options = new SpeechToTextOptions { AdditionalProperties = new() { [GroqSpeechOptionKeys.ResponseFormat] = "xml" } };

        await RefusedAsEmptyAsync(() => client.GetTextAsync(new MemoryStream(), options, Ct), "audioSpeechStream", handler);
    }

    /// <summary>A stream that can only be read forward, as a network stream.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
