using System.Diagnostics;
using System.Net.Sockets;
using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Emulator;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support.Hostile;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>
/// A chunked transcription on a network that drops connections: a chunk cut in the middle of its upload is sent again
/// from its first byte; a chunk that fails for good fails the whole transcription, naming the chunk, and stops the rest.
/// </summary>
public sealed class AudioChunkFaultsOverSocketTests
{
    private const int FullChunkDataBytes = 30 * 32000;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly GroqAudioChunkingOptions ThirtySecondChunks = new()
    {
        MaxUploadBytes = 1_000_000, ChunkDuration = TimeSpan.FromSeconds(30), Overlap = TimeSpan.FromSeconds(4), MaxConcurrency = 3,
    };

    private static SpeechToTextOptions Verbose() => new()
    {
        AdditionalProperties = new()
        {
            [GroqSpeechOptionKeys.ResponseFormat] = "verbose_json",
            [GroqSpeechOptionKeys.TimestampGranularities] = new[] { "segment", "word" },
        },
    };

    private static IReadOnlyList<GroqTranscriptionWord> Words(SpeechToTextResponse response) =>
        (IReadOnlyList<GroqTranscriptionWord>)response.AdditionalProperties![GroqMetadataKeys.Words]!;

    [Fact]
    public async Task Upload_reset_mid_body_is_retried_from_the_chunks_first_byte_and_the_merge_is_exact()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        int[] tones = ToneWav.Sequence(95);
        byte[] wav = ToneWav.Bytes(16000, tones);
        using var direct = new GroqSpeechToTextClient("whisper-large-v3-turbo", EmulatorClients.Options(emulator)) { Chunking = ThirtySecondChunks };
        var expected = await direct.GetTextAsync(new MemoryStream(wav), Verbose(), Ct);
        var cleanUploads = emulator.Requests.Select(r => r.Files.Single().Sha256).Order().ToList();
        emulator.ClearRequests();

        // The second connection is reset after 200 KB of a 960 KB chunk: mid-body, long before the request is whole.
        await using var proxy = CuttingProxy.Start(emulator.Endpoint, connection => connection == 2 ? 200_000 : null);
        var options = new GroqClientOptions { ApiKey = emulator.ApiKey, Endpoint = proxy.Endpoint, MaxRetries = 2 };
        using var client = new GroqSpeechToTextClient("whisper-large-v3-turbo", options) { Chunking = ThirtySecondChunks };

        var merged = await client.GetTextAsync(new MemoryStream(wav), Verbose(), Ct);

        proxy.Cuts.Should().Be(1);
        merged.Text.Should().Be(expected.Text);
        Words(merged).Select(w => w.Word).Should().Equal(ToneWav.Words(tones));
        Words(merged).Should().BeEquivalentTo(Words(expected), o => o.WithStrictOrdering());
        var answered = emulator.Requests.Where(r => r.StatusCode == 200).ToList();
        answered.Should().HaveCount(cleanUploads.Count, "the cut chunk is sent once more, whole");
        answered.Select(r => r.Files.Single().Sha256).Order().Should().Equal(cleanUploads, "each retry re-reads its chunk from the first byte");
    }

    [Fact]
    public async Task Chunk_that_keeps_failing_fails_the_transcription_naming_it_and_cancels_the_chunks_in_flight()
    {
        int lastChunkAttempts = 0;
        int closedByClient = 0;
        var bothClosed = new TaskCompletionSource();
        await using var server = HostileServer.Start(async (exchange, ct) =>
        {
            if (exchange.Request.Body.Length < FullChunkDataBytes)
            {
                // The last chunk (18 s, the only short one): reset with RST every time it is sent.
                Interlocked.Increment(ref lastChunkAttempts);
                ((NetworkStream)exchange.Connection).Socket.LingerState = new LingerOption(true, 0);
                return;
            }

            // The other two chunks get no answer: they are in flight until the client gives up on them and hangs up.
            try
            {
                while (await exchange.Connection.ReadAsync(new byte[1], ct) > 0)
                {
                }
            }
            finally
            {
                if (Interlocked.Increment(ref closedByClient) == 2)
                {
                    bothClosed.TrySetResult();
                }
            }
        });
        var timeout = TimeSpan.FromSeconds(60);
        var options = new GroqClientOptions { ApiKey = "gsk_test", Endpoint = server.Endpoint, MaxRetries = 2, Timeout = timeout };
        using var client = new GroqSpeechToTextClient("whisper-large-v3-turbo", options) { Chunking = ThirtySecondChunks };
        byte[] wav = ToneWav.Bytes(16000, ToneWav.Sequence(70));
        var clock = Stopwatch.StartNew();

        Func<Task> act = () => client.GetTextAsync(new MemoryStream(wav), Verbose(), Ct);

        var failure = (await act.Should().ThrowAsync<GroqException>()).Which;
        clock.Elapsed.Should().BeLessThan(timeout, "the failed chunk ends the transcription; the others are not waited for");
        failure.Message.Should().StartWith("Chunk 3 of 3 (0:52.000 to 1:10.000 of the audio) failed").And.Contain("nothing was merged");
        failure.InnerException.Should().BeOfType<GroqException>().Which.InnerException.Should().BeAssignableTo<HttpRequestException>();
        lastChunkAttempts.Should().Be(3, "MaxRetries = 2");
        await bothClosed.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct);
    }

    [Fact]
    public async Task Chunk_refused_with_a_client_error_keeps_its_status_and_code_and_no_later_chunk_is_sent()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        emulator.Enqueue(EmulatorResponse.Error(400, "The audio file could not be decoded.", code: "invalid_audio"));
        using var client = new GroqSpeechToTextClient("whisper-large-v3-turbo", EmulatorClients.Options(emulator, maxRetries: 2))
        {
            Chunking = ThirtySecondChunks with { MaxConcurrency = 1 },
        };

        Func<Task> act = () => client.GetTextAsync(new MemoryStream(ToneWav.Bytes(16000, ToneWav.Sequence(95))), Verbose(), Ct);

        var failure = (await act.Should().ThrowAsync<GroqException>()).Which;
        failure.Message.Should().StartWith("Chunk 1 of 4 (0:00.000 to 0:30.000 of the audio) failed").And.Contain("invalid_audio");
        failure.StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
        failure.ErrorCode.Should().Be("invalid_audio");
        failure.RequestId.Should().StartWith("req_");
        emulator.Requests.Should().ContainSingle("a 400 is not retried and the chunks waiting their turn are cancelled");
    }
}
