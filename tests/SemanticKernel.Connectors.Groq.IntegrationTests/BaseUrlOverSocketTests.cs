using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SemanticKernel.Connectors.Groq.Emulator;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>
/// <c>GROQ_BASE_URL</c> set to the emulator's root, as one would for Groq's own SDKs, aims a service registered with no
/// endpoint at it. Serial: it sets a process-wide variable.
/// </summary>
[Collection(ProcessEnvironment.Name)]
public sealed class BaseUrlOverSocketTests
{
    [Fact]
    public async Task GROQ_BASE_URL_set_to_the_emulators_root_serves_a_service_configured_without_an_endpoint()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: ct);
        string? previous = Environment.GetEnvironmentVariable("GROQ_BASE_URL");
        Environment.SetEnvironmentVariable("GROQ_BASE_URL", emulator.Endpoint.GetLeftPart(UriPartial.Authority));
        try
        {
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Groq:ApiKey"] = emulator.ApiKey, ["Groq:MaxRetries"] = "0" })
                .Build();
            var services = new ServiceCollection();
            services.AddGroqChatClient("llama-3.3-70b-versatile", configuration);
            await using var provider = services.BuildServiceProvider();

            var answer = await provider.GetRequiredService<IChatClient>().GetResponseAsync("Say hello", cancellationToken: ct);

            answer.Text.Should().NotBeNullOrWhiteSpace();
            emulator.Requests.Should().ContainSingle().Which.Path.Should().Be("/openai/v1/chat/completions");
        }
        finally
        {
            Environment.SetEnvironmentVariable("GROQ_BASE_URL", previous);
        }
    }
}
