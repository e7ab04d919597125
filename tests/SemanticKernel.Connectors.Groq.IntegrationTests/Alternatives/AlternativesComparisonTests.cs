using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using SemanticKernel.Connectors.Groq.Emulator;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Alternatives;

/// <summary>
/// The README's comparison table: the same request through SK's OpenAI connector and MEAI's OpenAI client aimed at
/// the emulator (as at Groq's OpenAI-compatible endpoint), and through this connector. Each case shows which Groq rule
/// the alternatives break (Groq answers 400, or a Groq feature is silently lost) and that the connector succeeds or
/// refuses locally, before sending, with a message naming the setting.
/// </summary>
public sealed class AlternativesComparisonTests
{
    private const string Model = "llama-3.3-70b-versatile";
    private const string ReasoningModel = "openai/gpt-oss-20b";
    private const string SpeechModel = "canopylabs/orpheus-v1-english";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Author_names_are_a_400_for_both_OpenAI_clients_and_are_left_out_by_ours()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        ChatMessage[] meaiMessages = [new(ChatRole.User, "Hello") { AuthorName = "ana" }];
        var skHistory = new ChatHistory([new ChatMessageContent(AuthorRole.User, "Hello") { AuthorName = "ana" }]);

        var meai = await Record.ExceptionAsync(() => OpenAIAlternatives.MeaiChat(emulator, Model).GetResponseAsync(meaiMessages, cancellationToken: Ct));
        var sk = await Record.ExceptionAsync(() => OpenAIAlternatives.SkChat(emulator, Model).GetChatMessageContentAsync(skHistory, cancellationToken: Ct));
        var ours = await EmulatorClients.Chat(emulator).GetResponseAsync(meaiMessages, cancellationToken: Ct);
        var oursSk = await new GroqChatCompletionService(Model, EmulatorClients.Options(emulator)).GetChatMessageContentAsync(skHistory, cancellationToken: Ct);

        ShouldBeGroq400(meai, "name", "Groq rejects `name` on a message");
        ShouldBeGroq400(sk, "name");
        ours.Text.Should().NotBeNullOrEmpty();
        oursSk.Content.Should().NotBeNullOrEmpty();
        emulator.Requests.Should().HaveCount(4, "the two refusals came from the server");
    }

    [Fact]
    public async Task Logprobs_and_logit_bias_are_a_400_for_SKs_OpenAI_connector_and_left_out_by_ours()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var logprobs = new OpenAIPromptExecutionSettings { Logprobs = true, TopLogprobs = 2 };
        var bias = new OpenAIPromptExecutionSettings { TokenSelectionBiases = new Dictionary<int, int> { [15_339] = 5 } };
        var openAI = OpenAIAlternatives.SkChat(emulator, Model);
        var groq = new GroqChatCompletionService(Model, EmulatorClients.Options(emulator));

        var skLogprobs = await Record.ExceptionAsync(() => openAI.GetChatMessageContentAsync(new ChatHistory("Hello"), logprobs, cancellationToken: Ct));
        var skBias = await Record.ExceptionAsync(() => openAI.GetChatMessageContentAsync(new ChatHistory("Hello"), bias, cancellationToken: Ct));
        var ours = await groq.GetChatMessageContentAsync(new ChatHistory("Hello"), logprobs, cancellationToken: Ct);
        var oursBias = await groq.GetChatMessageContentAsync(new ChatHistory("Hello"), bias, cancellationToken: Ct);

        ShouldBeGroq400(skLogprobs, "logprobs", "Groq does not support logprobs or top_logprobs");
        ShouldBeGroq400(skBias, "logit_bias", "Groq does not support logit_bias");
        ours.Content.Should().NotBeNullOrEmpty();
        oursBias.Content.Should().NotBeNullOrEmpty();
        emulator.Requests.Should().HaveCount(4);
    }

    [Fact]
    public async Task Streaming_JSON_mode_is_a_400_for_both_OpenAI_clients_and_one_whole_update_for_ours()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var options = new ChatOptions { ResponseFormat = ChatResponseFormat.Json };
        var settings = new OpenAIPromptExecutionSettings { ResponseFormat = "json_object" };

        var meai = await Record.ExceptionAsync(() => Drain(OpenAIAlternatives.MeaiChat(emulator, Model).GetStreamingResponseAsync("Reply in JSON", options, Ct)));
        var sk = await Record.ExceptionAsync(() => Drain(OpenAIAlternatives.SkChat(emulator, Model).GetStreamingChatMessageContentsAsync(new ChatHistory("Reply in JSON"), settings, cancellationToken: Ct)));
        var ours = await EmulatorClients.Chat(emulator).GetStreamingResponseAsync("Reply in JSON", options, Ct).ToListAsync(Ct);
        var oursSk = await new GroqChatCompletionService(Model, EmulatorClients.Options(emulator))
            .GetStreamingChatMessageContentsAsync(new ChatHistory("Reply in JSON"), settings, cancellationToken: Ct).ToListAsync(Ct);

        ShouldBeGroq400(meai, "response_format", "Groq's JSON mode cannot stream");
        ShouldBeGroq400(sk, "response_format");
        string.Concat(ours.Select(u => u.Text)).Should().StartWith("{");
        string.Concat(oursSk.Select(u => u.Content)).Should().StartWith("{");
    }

    [Fact]
    public async Task Five_stop_sequences_are_a_400_for_both_OpenAI_clients_and_refused_before_sending_by_ours()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        string[] stops = ["a", "b", "c", "d", "e"];
        var options = new ChatOptions { StopSequences = stops };
        var settings = new OpenAIPromptExecutionSettings { StopSequences = stops };

        var meai = await Record.ExceptionAsync(() => OpenAIAlternatives.MeaiChat(emulator, Model).GetResponseAsync("Hello", options, Ct));
        var sk = await Record.ExceptionAsync(() => OpenAIAlternatives.SkChat(emulator, Model).GetChatMessageContentAsync(new ChatHistory("Hello"), settings, cancellationToken: Ct));
        int sent = emulator.Requests.Count;
        var ours = await Record.ExceptionAsync(() => EmulatorClients.Chat(emulator).GetResponseAsync("Hello", options, Ct));
        var oursSk = await Record.ExceptionAsync(() => new GroqChatCompletionService(Model, EmulatorClients.Options(emulator)).GetChatMessageContentAsync(new ChatHistory("Hello"), settings, cancellationToken: Ct));

        ShouldBeGroq400(meai, "stop", "Groq takes at most 4 stop sequences");
        ShouldBeGroq400(sk, "stop");
        sent.Should().Be(2);
        ours.Should().BeOfType<ArgumentException>().Which.Message.Should().Contain("StopSequences");
        oursSk.Should().BeOfType<ArgumentException>().Which.Message.Should().Contain("StopSequences");
        emulator.Requests.Should().HaveCount(2, "ours refused before sending");
    }

    [Fact]
    public async Task Groq_reasoning_and_timings_are_lost_by_both_OpenAI_clients_and_kept_by_ours()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        var meai = await OpenAIAlternatives.MeaiChat(emulator, ReasoningModel).GetResponseAsync("Why is the sky blue?", cancellationToken: Ct);
        var sk = await OpenAIAlternatives.SkChat(emulator, ReasoningModel).GetChatMessageContentAsync(new ChatHistory("Why is the sky blue?"), cancellationToken: Ct);
        var ours = await EmulatorClients.Chat(emulator, ReasoningModel).GetResponseAsync("Why is the sky blue?", cancellationToken: Ct);
        var oursSk = await new GroqChatCompletionService(ReasoningModel, EmulatorClients.Options(emulator)).GetChatMessageContentAsync(new ChatHistory("Why is the sky blue?"), cancellationToken: Ct);

        meai.Text.Should().NotBeNullOrEmpty();
        meai.Messages.SelectMany(m => m.Contents).OfType<TextReasoningContent>().Should().BeEmpty("the OpenAI client does not read Groq's `reasoning`");
        (meai.AdditionalProperties?.ContainsKey(GroqMetadataKeys.QueueTime) ?? false).Should().BeFalse("Groq's timings are dropped");
        sk.Items.OfType<ReasoningContent>().Should().BeEmpty();
        (sk.Metadata?.ContainsKey(GroqMetadataKeys.QueueTime) ?? false).Should().BeFalse();
        ours.Messages.SelectMany(m => m.Contents).OfType<TextReasoningContent>().Should().ContainSingle().Which.Text.Should().NotBeEmpty();
        ours.AdditionalProperties.Should().ContainKey(GroqMetadataKeys.QueueTime);
        oursSk.Items.OfType<ReasoningContent>().Should().ContainSingle();
        oursSk.Metadata.Should().ContainKey(GroqMetadataKeys.QueueTime);
    }

    [Fact]
    public async Task The_OpenAI_default_voice_is_a_400_for_both_OpenAI_clients_while_ours_uses_a_Groq_voice_or_refuses_alloy_before_sending()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var http = new HttpClient { BaseAddress = emulator.Endpoint };

        var meai = await Record.ExceptionAsync(() => OpenAIAlternatives.MeaiSpeech(emulator, SpeechModel).GetAudioAsync("Hello", new TextToSpeechOptions(), Ct));
        var sk = await Record.ExceptionAsync(() => OpenAIAlternatives.SkSpeech(emulator, SpeechModel, http).GetAudioContentsAsync("Hello", new OpenAITextToAudioExecutionSettings(), cancellationToken: Ct));
        int sent = emulator.Requests.Count;
        using var groqSpeech = new GroqTextToSpeechClient(SpeechModel, EmulatorClients.Options(emulator));
        var ours = await groqSpeech.GetAudioAsync("Hello", new TextToSpeechOptions(), Ct);
        var oursSk = await Record.ExceptionAsync(() => new GroqTextToAudioService(SpeechModel, EmulatorClients.Options(emulator))
            .GetAudioContentsAsync("Hello", new OpenAITextToAudioExecutionSettings(), cancellationToken: Ct));

        ShouldBeGroq400(meai, "voice", "Groq has none of OpenAI's voices");
        ShouldBeGroq400(sk, "voice");
        meai!.Message.Should().Contain("'alloy'", "OpenAI's default voice is sent");
        sk!.Message.Should().Contain("'alloy'");
        sent.Should().Be(2);
        ours.Contents.OfType<DataContent>().Should().ContainSingle();
        oursSk.Should().BeOfType<NotSupportedException>().Which.Message.Should().Contain("alloy").And.Contain("Voice");
        emulator.Requests.Should().HaveCount(3, "ours sent only the request it could answer");
    }

    [Fact]
    public async Task Audio_over_the_upload_limit_is_a_413_for_both_OpenAI_clients_and_chunked_and_merged_by_ours()
    {
        // Groq's limit is 25 MB; here the emulator's and the connector's limits are both 1 MB, so the file stays small.
        const long Limit = 1_000_000;
        await using var emulator = await GroqEmulator.StartAsync(new GroqEmulatorOptions { MaxAudioBytes = Limit }, Ct);
        int[] tones = ToneWav.Sequence(95);
        byte[] wav = ToneWav.Bytes(16000, tones);
        using var groq = new GroqSpeechToTextClient("whisper-large-v3-turbo", EmulatorClients.Options(emulator))
        {
            Chunking = new GroqAudioChunkingOptions { MaxUploadBytes = Limit, ChunkDuration = TimeSpan.FromSeconds(30), Overlap = TimeSpan.FromSeconds(6) },
        };

        var meai = await Record.ExceptionAsync(() => OpenAIAlternatives.MeaiTranscriber(emulator, "whisper-large-v3-turbo").GetTextAsync(new MemoryStream(wav), cancellationToken: Ct));
        var sk = await Record.ExceptionAsync(() => OpenAIAlternatives.SkTranscriber(emulator, "whisper-large-v3-turbo")
            .GetTextContentsAsync(new AudioContent(wav, "audio/wav"), new OpenAIAudioToTextExecutionSettings("audio.wav"), cancellationToken: Ct));
        var ours = await groq.GetTextAsync(new MemoryStream(wav), cancellationToken: Ct);

        wav.Length.Should().BeGreaterThan((int)Limit);
        OpenAIAlternatives.Status(meai).Should().Be(413, "the whole file is uploaded");
        meai!.Message.Should().Contain("request_too_large");
        OpenAIAlternatives.Status(sk).Should().Be(413);
        sk!.Message.Should().Contain("request_too_large");
        ours.Text.Trim().Should().Be(string.Join(' ', ToneWav.Words(tones)));
        emulator.Requests.Skip(2).Should().HaveCountGreaterThan(1).And.OnlyContain(r => r.StatusCode == 200 && r.Files.Single().Length <= Limit);
    }

    private static void ShouldBeGroq400(Exception? thrown, string field, string because = "")
    {
        OpenAIAlternatives.Status(thrown).Should().Be(400, because);
        thrown!.Message.Should().MatchRegex($"[`'._]{field}[`']", "the emulator's error names the field Groq refuses");
    }

    private static async Task Drain<T>(IAsyncEnumerable<T> stream)
    {
        await foreach (var _ in stream.ConfigureAwait(false))
        {
        }
    }
}
