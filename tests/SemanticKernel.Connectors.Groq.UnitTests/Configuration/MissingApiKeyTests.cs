using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using SemanticKernel.Connectors.Groq.Core;

namespace SemanticKernel.Connectors.Groq.UnitTests.Configuration;

/// <summary>A missing or blank key gets one clear message on every path (the process-variable paths are in <see cref="EnvironmentVariableTests"/>).</summary>
public sealed class MissingApiKeyTests
{
    private const string Model = "llama-3.3-70b-versatile";

    public static TheoryData<string?, Type> BadKeys => new()
    {
        { null, typeof(ArgumentNullException) },
        { "", typeof(ArgumentException) },
        { "   ", typeof(ArgumentException) },
    };

    private static void RefusedWithTheMessage(Action call, Type expected, string paramName) =>
        call.Should().Throw<ArgumentException>()
            .Which.Should().BeOfType(expected)
            .And.Subject.As<ArgumentException>().Should().Match<ArgumentException>(e => e.ParamName == paramName && e.Message.StartsWith(ApiKeyRules.MissingKeyMessage, StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(BadKeys))]
    public void Every_key_constructor_refuses_a_missing_key_with_the_one_message(string? apiKey, Type expected)
    {
        Action[] constructors =
        [
            () => _ = new GroqChatClient(Model, apiKey!),
            () => _ = new GroqChatCompletionService(Model, apiKey!),
            () => _ = new GroqAudioToTextService("whisper-large-v3-turbo", apiKey!),
            () => _ = new GroqSpeechToTextClient("whisper-large-v3-turbo", apiKey!),
            () => _ = new GroqTextToAudioService("canopylabs/orpheus-v1-english", apiKey!),
            () => _ = new GroqTextToSpeechClient("canopylabs/orpheus-v1-english", apiKey!),
            () => _ = new GroqChatBatch(Model, apiKey!),
            () => _ = new GroqKernelBatch(Model, apiKey!),
            () => _ = new GroqModelCatalog(apiKey!),
            () => _ = new GroqFilesClient(apiKey!),
            () => _ = new GroqBatchesClient(apiKey!),
        ];

        foreach (var construct in constructors)
        {
            RefusedWithTheMessage(construct, expected, nameof(apiKey));
        }
    }

    [Theory]
    [MemberData(nameof(BadKeys))]
    public void Every_key_registration_refuses_a_missing_key_with_the_one_message_and_registers_nothing(string? apiKey, Type expected)
    {
        var services = new ServiceCollection();
        var kernelBuilder = Kernel.CreateBuilder();

        Action[] registrations =
        [
            () => services.AddGroqChatCompletion(Model, apiKey!),
            () => services.AddGroqChatClient(Model, apiKey!),
            () => services.AddGroqAudioToText("whisper-large-v3-turbo", apiKey!),
            () => services.AddGroqTextToAudio("canopylabs/orpheus-v1-english", apiKey!),
            () => services.AddGroqSpeechToTextClient("whisper-large-v3-turbo", apiKey!),
            () => services.AddGroqTextToSpeechClient("canopylabs/orpheus-v1-english", apiKey!),
            () => kernelBuilder.AddGroqChatCompletion(Model, apiKey!),
            () => kernelBuilder.AddGroqChatClient(Model, apiKey!),
            () => kernelBuilder.AddGroqAudioToText("whisper-large-v3-turbo", apiKey!),
            () => kernelBuilder.AddGroqTextToAudio("canopylabs/orpheus-v1-english", apiKey!),
        ];

        foreach (var register in registrations)
        {
            RefusedWithTheMessage(register, expected, nameof(apiKey));
        }

        services.Should().BeEmpty();
        kernelBuilder.Services.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t ")]
    public void A_blank_key_in_options_is_refused_with_the_one_message(string blank)
    {
        var options = new GroqClientOptions { ApiKey = blank };

        Action[] constructors =
        [
            () => _ = new GroqChatClient(Model, options),
            () => _ = new GroqSpeechToTextClient("whisper-large-v3-turbo", options),
            () => _ = new GroqTextToAudioService("canopylabs/orpheus-v1-english", options),
            () => _ = new GroqModelCatalog(options),
        ];

        foreach (var construct in constructors)
        {
            RefusedWithTheMessage(construct, typeof(ArgumentException), "options.ApiKey");
        }
    }

    [Fact]
    public void The_message_says_every_way_to_give_a_key()
    {
        ApiKeyRules.MissingKeyMessage.Should().ContainAll("apiKey", "GroqClientOptions.ApiKey", "Groq:ApiKey", "GROQ_API_KEY");
    }
}
