using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Alternatives;

/// <summary>
/// The alternatives a user would reach for instead of this connector, aimed at the emulator as at Groq's
/// OpenAI-compatible endpoint: SK's OpenAI connector and MEAI's OpenAI client (Microsoft.Extensions.AI.OpenAI).
/// </summary>
internal static class OpenAIAlternatives
{
    private static OpenAIClientOptions Options(GroqEmulator emulator) =>
        new() { Endpoint = emulator.Endpoint, RetryPolicy = new ClientRetryPolicy(0) };

    public static IChatClient MeaiChat(GroqEmulator emulator, string model) =>
        new OpenAI.Chat.ChatClient(model, new ApiKeyCredential(emulator.ApiKey), Options(emulator)).AsIChatClient();

    public static ITextToSpeechClient MeaiSpeech(GroqEmulator emulator, string model) =>
        new OpenAI.Audio.AudioClient(model, new ApiKeyCredential(emulator.ApiKey), Options(emulator)).AsITextToSpeechClient();

    public static ISpeechToTextClient MeaiTranscriber(GroqEmulator emulator, string model) =>
        new OpenAI.Audio.AudioClient(model, new ApiKeyCredential(emulator.ApiKey), Options(emulator)).AsISpeechToTextClient();

    public static OpenAIAudioToTextService SkTranscriber(GroqEmulator emulator, string model) =>
        new(model, new OpenAIClient(new ApiKeyCredential(emulator.ApiKey), Options(emulator)));

    public static OpenAIChatCompletionService SkChat(GroqEmulator emulator, string model) =>
        new(model, new OpenAIClient(new ApiKeyCredential(emulator.ApiKey), Options(emulator)));

    public static OpenAITextToAudioService SkSpeech(GroqEmulator emulator, string model, HttpClient http) =>
        new(model, emulator.ApiKey, httpClient: http);

    /// <summary>The HTTP status an OpenAI client's failure carries: SK wraps it in an <see cref="HttpOperationException"/>, MEAI passes the SDK's <see cref="ClientResultException"/>.</summary>
    public static int? Status(Exception? thrown) => thrown switch
    {
        HttpOperationException sk => (int?)sk.StatusCode,
        ClientResultException sdk => sdk.Status,
        _ => null,
    };
}
