using System.Net;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

public sealed class ModelCatalogOverSocketTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Lists_the_models_with_owner_state_context_window_and_largest_completion()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var catalog = new GroqModelCatalog(EmulatorClients.Options(emulator));

        var models = await catalog.ListModelsAsync(Ct);

        models.Select(m => m.Id).Should().Equal(new GroqEmulatorOptions().Models);
        var gptOss = models.Single(m => m.Id == "openai/gpt-oss-120b");
        gptOss.OwnedBy.Should().Be("OpenAI");
        gptOss.Active.Should().BeTrue();
        gptOss.ContextWindow.Should().Be(131072);
        gptOss.MaxCompletionTokens.Should().Be(65536);
        gptOss.Created.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1754408224));
        emulator.Requests.Single().Path.Should().Be("/openai/v1/models");
    }

    [Fact]
    public async Task Gets_a_model_whose_id_has_a_slash_with_the_slash_percent_encoded_as_groq_sdk_sends_it()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var catalog = new GroqModelCatalog(emulator.ApiKey, emulator.Endpoint);

        var model = await catalog.GetModelAsync("openai/gpt-oss-120b", Ct);

        model.Should().Be(new GroqModel("openai/gpt-oss-120b", "OpenAI", true, 131072, 65536, DateTimeOffset.FromUnixTimeSeconds(1754408224)));
        emulator.Requests.Single().Path.Should().Be("/openai/v1/models/openai%2Fgpt-oss-120b");
    }

    [Fact]
    public async Task An_unknown_id_is_Groqs_404_model_not_found()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var catalog = new GroqModelCatalog(EmulatorClients.Options(emulator));

        var act = () => catalog.GetModelAsync("meta/llama-9-nonexistent", Ct);

        var thrown = (await act.Should().ThrowAsync<GroqException>()).Which;
        thrown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        thrown.ErrorCode.Should().Be("model_not_found");
        thrown.Message.Should().Contain("meta/llama-9-nonexistent");
        emulator.Requests.Single().Path.Should().Be("/openai/v1/models/meta%2Fllama-9-nonexistent");
    }

    [Fact]
    public async Task An_inactive_model_is_listed_as_inactive()
    {
        var options = new GroqEmulatorOptions();
        options.InactiveModels.Add("qwen/qwen3-32b");
        await using var emulator = await GroqEmulator.StartAsync(options, Ct);
        var catalog = new GroqModelCatalog(EmulatorClients.Options(emulator));

        var models = await catalog.ListModelsAsync(Ct);

        models.Where(m => !m.Active).Select(m => m.Id).Should().Equal("qwen/qwen3-32b");
    }

    [Fact]
    public async Task Many_calls_and_catalogs_within_the_lifetime_share_one_fetch_per_endpoint()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var options = EmulatorClients.Options(emulator);

        var concurrent = Enumerable.Range(0, 16).Select(_ => new GroqModelCatalog(options).ListModelsAsync(Ct));
        var lists = await Task.WhenAll(concurrent);
        for (int i = 0; i < 10; i++)
        {
            await new GroqModelCatalog(options.Clone()).ListModelsAsync(Ct);
        }

        var listed = await new GroqModelCatalog(options).GetModelAsync("llama-3.1-8b-instant", Ct);

        emulator.RequestCount.Should().Be(1);
        lists.Should().AllSatisfy(list => list.Should().HaveCount(new GroqEmulatorOptions().Models.Count));
        listed.MaxCompletionTokens.Should().Be(131072);
    }

    [Fact]
    public async Task A_zero_lifetime_fetches_on_every_call()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var options = EmulatorClients.Options(emulator);
        options.ModelCatalogLifetime = TimeSpan.Zero;
        var catalog = new GroqModelCatalog(options);

        for (int i = 0; i < 3; i++)
        {
            await catalog.ListModelsAsync(Ct);
        }

        emulator.RequestCount.Should().Be(3);
    }

    [Fact]
    public async Task Another_key_on_the_same_endpoint_has_its_own_cache()
    {
        var emulatorOptions = new GroqEmulatorOptions { RequireApiKey = false };
        await using var emulator = await GroqEmulator.StartAsync(emulatorOptions, Ct);

        await new GroqModelCatalog("gsk_first_account_key", emulator.Endpoint).ListModelsAsync(Ct);
        await new GroqModelCatalog("gsk_second_account_key", emulator.Endpoint).ListModelsAsync(Ct);
        await new GroqModelCatalog("gsk_first_account_key", emulator.Endpoint).ListModelsAsync(Ct);

        emulator.RequestCount.Should().Be(2);
    }
}
