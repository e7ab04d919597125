using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using SemanticKernel.Connectors.Groq.Emulator;
using SkAudioContent = Microsoft.SemanticKernel.AudioContent;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support;

/// <summary>
/// Inputs Groq would refuse, each with the exception the connector throws before sending and the setting it names.
/// The bad-input table of docs/mapping.md lists the same ids.
/// </summary>
internal static class BadInputCases
{
    private const string Chat = "llama-3.3-70b-versatile";

    public static IReadOnlyList<BadInputCase> All { get; } =
    [
        ChatCase("chat.temperature.above-2", new() { Temperature = 2.5f }, typeof(ArgumentOutOfRangeException), "ChatOptions.Temperature"),
        ChatCase("chat.temperature.negative", new() { Temperature = -0.5f }, typeof(ArgumentOutOfRangeException), "ChatOptions.Temperature"),
        ChatCase("chat.top-p.above-1", new() { TopP = 1.5f }, typeof(ArgumentOutOfRangeException), "ChatOptions.TopP"),
        ChatCase("chat.frequency-penalty.above-2", new() { FrequencyPenalty = 3 }, typeof(ArgumentOutOfRangeException), "ChatOptions.FrequencyPenalty"),
        ChatCase("chat.presence-penalty.below-minus-2", new() { PresencePenalty = -3 }, typeof(ArgumentOutOfRangeException), "ChatOptions.PresencePenalty"),
        ChatCase("chat.max-output-tokens.zero", new() { MaxOutputTokens = 0 }, typeof(ArgumentOutOfRangeException), "ChatOptions.MaxOutputTokens"),
        ChatCase("chat.stop.five", new() { StopSequences = ["a", "b", "c", "d", "e"] }, typeof(ArgumentException), "ChatOptions.StopSequences"),
        ChatCase("chat.stop.with-json", new() { StopSequences = ["END"], ResponseFormat = ChatResponseFormat.Json }, typeof(NotSupportedException), "ChatOptions.StopSequences"),
        ChatCase("chat.top-k", new() { TopK = 40 }, typeof(NotSupportedException), "ChatOptions.TopK"),
        ChatCase("chat.reasoning-effort.extra-high", new() { Reasoning = new() { Effort = ReasoningEffort.ExtraHigh } }, typeof(NotSupportedException), "ChatOptions.Reasoning.Effort"),
        ChatCase("chat.tool.bad-name", new() { Tools = [AIFunctionFactory.Create(() => 1, "get weather")] }, typeof(ArgumentException), "ChatOptions.Tools"),
        ChatCase("chat.tools.129", new() { Tools = [.. Enumerable.Range(0, 129).Select(i => AIFunctionFactory.Create(() => i, $"f{i}"))] }, typeof(ArgumentException), "ChatOptions.Tools"),
        ChatCase("chat.tool-mode.unknown-function", new() { Tools = [AIFunctionFactory.Create(() => 1, "f")], ToolMode = ChatToolMode.RequireSpecific("g") }, typeof(ArgumentException), "ChatOptions.ToolMode"),
        ChatCase("chat.schema.bad-name", new() { ResponseFormat = ChatResponseFormat.ForJsonSchema(Schema(), "bad name") }, typeof(ArgumentException), "SchemaName"),
        ChatCase("chat.reasoning-format.unknown", Extra("reasoning_format", "verbose"), typeof(ArgumentException), "reasoning_format"),
        ChatCase("chat.reasoning-format.with-include-reasoning", Extra("reasoning_format", "parsed", "include_reasoning", true), typeof(ArgumentException), "include_reasoning"),
        ChatCase("chat.reasoning-format.raw-with-tools", new() { Tools = [AIFunctionFactory.Create(() => 1, "f")], AdditionalProperties = new() { ["reasoning_format"] = "raw" } }, typeof(NotSupportedException), "raw"),
        ChatCase("chat.service-tier.unknown", Extra("service_tier", "gold"), typeof(ArgumentException), "service_tier"),
        new("chat.content.audio", "audio in a chat message", e => ChatClient(e).GetResponseAsync([new ChatMessage(ChatRole.User, [new DataContent(new byte[] { 1 }, "audio/wav")])]), typeof(NotSupportedException), "audio/wav"),
        new("chat.content.pdf", "a PDF in a chat message", e => ChatClient(e).GetResponseAsync([new ChatMessage(ChatRole.User, [new DataContent(new byte[] { 1 }, "application/pdf")])]), typeof(NotSupportedException), "application/pdf"),
        new("chat.role.unknown", "a message role Groq lacks", e => ChatClient(e).GetResponseAsync([new ChatMessage(new ChatRole("critic"), "x")]), typeof(NotSupportedException), "critic"),
        new("chat.messages.none", "no messages", e => ChatClient(e).GetResponseAsync([]), typeof(ArgumentException), "messages"),
        SkCase("sk.results-per-prompt.zero", new GroqPromptExecutionSettings { ResultsPerPrompt = 0 }, typeof(ArgumentOutOfRangeException), "ResultsPerPrompt"),
        new("sk.results-per-prompt.streaming", "ResultsPerPrompt 2 while streaming", e => Sk(e).GetStreamingChatMessageContentsAsync(Hi, new GroqPromptExecutionSettings { ResultsPerPrompt = 2 }).ToListAsync().AsTask(), typeof(NotSupportedException), "ResultsPerPrompt"),
        SkCase("sk.response-format.number", new GroqPromptExecutionSettings { ResponseFormat = 42 }, typeof(ArgumentException), "ResponseFormat"),
        SkCase(
            "sk.tool-call-behavior.auto-invoke-without-kernel",
            new OpenAIPromptExecutionSettings { ToolCallBehavior = ToolCallBehavior.RequireFunction(KernelFunctionFactory.CreateFromMethod(() => "x", "Missing").Metadata.ToOpenAIFunction(), autoInvoke: true) },
            typeof(KernelException),
            "ToolCallBehavior"),
        SkCase("sk.template.temperature-not-a-number", new PromptExecutionSettings { ExtensionData = new Dictionary<string, object> { ["temperature"] = "hot" } }, typeof(ArgumentException), "temperature"),
        SkCase("sk.stop.five", new GroqPromptExecutionSettings { StopSequences = ["a", "b", "c", "d", "e"] }, typeof(ArgumentException), "GroqPromptExecutionSettings.StopSequences"),
        SkCase("sk.top-p.above-1", new GroqPromptExecutionSettings { TopP = 2 }, typeof(ArgumentOutOfRangeException), "GroqPromptExecutionSettings.TopP"),
        AudioCase("audio.response-format.vtt", new() { ResponseFormat = "vtt" }, typeof(NotSupportedException), "GroqAudioToTextExecutionSettings.ResponseFormat"),
        AudioCase("audio.temperature.above-1", new() { Temperature = 1.5f }, typeof(ArgumentOutOfRangeException), "GroqAudioToTextExecutionSettings.Temperature"),
        AudioCase("audio.translate.turbo", new() { Translate = true }, typeof(NotSupportedException), "GroqAudioToTextExecutionSettings.Translate"),
        AudioCase("audio.language.with-translate", new() { Translate = true, Language = "fr", ModelId = "whisper-large-v3" }, typeof(ArgumentException), "GroqAudioToTextExecutionSettings.Language"),
        AudioCase("audio.granularities.without-verbose-json", new() { TimestampGranularities = ["word"] }, typeof(ArgumentException), "GroqAudioToTextExecutionSettings.TimestampGranularities"),
        AudioCase("audio.prompt.over-224-tokens", new() { Prompt = string.Join(' ', Enumerable.Repeat("word", 300)) }, typeof(ArgumentException), "GroqAudioToTextExecutionSettings.Prompt"),
        AudioCase("audio.filename.not-audio", new("notes.txt"), typeof(NotSupportedException), "GroqAudioToTextExecutionSettings.Filename"),
        new("audio.empty", "empty audio", e => Audio(e).GetTextContentsAsync(new SkAudioContent(ReadOnlyMemory<byte>.Empty, "audio/wav")), typeof(ArgumentException), "empty"),
        new("audio.mime.unsupported", "audio of a MIME type Groq lacks", e => Audio(e).GetTextContentsAsync(new SkAudioContent(ToneWav.Bytes(16000, 440), "audio/aac")), typeof(NotSupportedException), "audio/aac"),
        new("audio.meai.text-language.german", "MEAI TextLanguage other than English", e => Speech(e).GetTextAsync(new MemoryStream(ToneWav.Bytes(16000, 440)), new SpeechToTextOptions { SpeechLanguage = "fr", TextLanguage = "de" }), typeof(NotSupportedException), "SpeechToTextOptions.TextLanguage"),
        new("audio.meai.text-language.german-alone", "MEAI TextLanguage other than English, no SpeechLanguage", e => Speech(e).GetTextAsync(new MemoryStream(ToneWav.Bytes(16000, 440)), new SpeechToTextOptions { TextLanguage = "de" }), typeof(NotSupportedException), "SpeechToTextOptions.TextLanguage"),
        new("audio.sk.openai-settings.vtt", "SK OpenAI audio settings asking for vtt", e => Audio(e).GetTextContentsAsync(new SkAudioContent(ToneWav.Bytes(16000, 440), "audio/wav"), new OpenAIAudioToTextExecutionSettings("talk.wav") { ResponseFormat = "vtt" }), typeof(NotSupportedException), "GroqAudioToTextExecutionSettings.ResponseFormat"),
        new("speech.sk.openai-voice", "SK OpenAI speech settings with their default voice", e => SkTts(e).GetAudioContentsAsync("Hi", new OpenAITextToAudioExecutionSettings()), typeof(NotSupportedException), "GroqTextToAudioExecutionSettings.Voice"),
        new("speech.pitch", "text to speech with a pitch", e => Tts(e).GetAudioAsync("Hi", new TextToSpeechOptions { Pitch = 1.1f }), typeof(NotSupportedException), "Pitch"),
        new("speech.format.unknown", "text to speech in an unknown format", e => Tts(e).GetAudioAsync("Hi", new TextToSpeechOptions { AudioFormat = "aac" }), typeof(ArgumentException), "TextToSpeechOptions.AudioFormat"),
    ];

    private static ChatHistory Hi => new("Hi", AuthorRole.User);

    private static BadInputCase ChatCase(string id, ChatOptions options, Type exception, string names) =>
        new(id, $"ChatOptions: {names}", e => ChatClient(e).GetResponseAsync("Hi", options), exception, names);

    private static BadInputCase SkCase(string id, PromptExecutionSettings settings, Type exception, string names) =>
        new(id, $"SK settings: {names}", e => Sk(e).GetChatMessageContentsAsync(Hi, settings), exception, names);

    private static BadInputCase AudioCase(string id, GroqAudioToTextExecutionSettings settings, Type exception, string names) =>
        new(id, $"audio settings: {names}", e => Audio(e).GetTextContentsAsync(new SkAudioContent(ToneWav.Bytes(16000, 440), "audio/wav"), settings), exception, names);

    private static ChatOptions Extra(string key, object value, string? key2 = null, object? value2 = null)
    {
        var options = new ChatOptions { AdditionalProperties = new() { [key] = value } };
        if (key2 is not null)
        {
            options.AdditionalProperties[key2] = value2;
        }

        return options;
    }

    private static System.Text.Json.JsonElement Schema() =>
        System.Text.Json.JsonDocument.Parse("""{"type":"object","properties":{"a":{"type":"string"}}}""").RootElement.Clone();

    private static GroqChatClient ChatClient(GroqEmulator emulator) => EmulatorClients.Chat(emulator, Chat);

    private static GroqChatCompletionService Sk(GroqEmulator emulator) => new(Chat, EmulatorClients.Options(emulator));

    private static GroqAudioToTextService Audio(GroqEmulator emulator) => new("whisper-large-v3-turbo", EmulatorClients.Options(emulator));

    private static GroqSpeechToTextClient Speech(GroqEmulator emulator) => new("whisper-large-v3", EmulatorClients.Options(emulator));

    private static GroqTextToAudioService SkTts(GroqEmulator emulator) => new("canopylabs/orpheus-v1-english", EmulatorClients.Options(emulator));

    private static GroqTextToSpeechClient Tts(GroqEmulator emulator) => new("canopylabs/orpheus-v1-english", EmulatorClients.Options(emulator));
}
