using System.Net;
using FluentAssertions;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>The model catalog against api.groq.com; run only when GROQ_API_KEY is set.</summary>
public sealed class LiveModelCatalogTests
{
    private const string SkipReason = "GROQ_API_KEY is not set: live tests against api.groq.com are skipped.";
    private static readonly string? ApiKey = Environment.GetEnvironmentVariable("GROQ_API_KEY");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Live_list_has_chat_models_with_limits_and_a_slashed_id_is_retrieved_by_itself()
    {
        Assert.SkipWhen(string.IsNullOrEmpty(ApiKey), SkipReason);
        var catalog = new GroqModelCatalog(new GroqClientOptions { ApiKey = ApiKey, ModelCatalogLifetime = TimeSpan.Zero });

        var models = await catalog.ListModelsAsync(Ct);
        var slashed = models.First(m => m.Id.Contains('/', StringComparison.Ordinal) && m.ContextWindow is not null);
        var retrieved = await catalog.GetModelAsync(slashed.Id, Ct);

        models.Should().Contain(m => m.ContextWindow > 0 && m.MaxCompletionTokens > 0 && m.Created != null);
        retrieved.Id.Should().Be(slashed.Id);
        retrieved.ContextWindow.Should().Be(slashed.ContextWindow);
    }

    [Fact]
    public async Task Live_unknown_model_is_404_model_not_found()
    {
        Assert.SkipWhen(string.IsNullOrEmpty(ApiKey), SkipReason);
        var catalog = new GroqModelCatalog(ApiKey!);

        var act = () => catalog.GetModelAsync("no-such-org/no-such-model", Ct);

        var thrown = (await act.Should().ThrowAsync<GroqException>()).Which;
        thrown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        thrown.ErrorCode.Should().Be("model_not_found");
    }
}
