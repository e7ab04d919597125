using System.Net;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.Core;
using SemanticKernel.Connectors.Groq.Models;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Models;

/// <summary>The catalog's cache: one fetch per lifetime per endpoint and key, shared by concurrent callers, failures not kept.</summary>
public sealed class ModelCatalogCachingTests
{
    private const string List = """
        {"object":"list","data":[
          {"id":"llama-3.3-70b-versatile","object":"model","created":1733447754,"owned_by":"Meta","active":true,"context_window":131072,"max_completion_tokens":32768,"public_apps":null},
          {"id":"openai/gpt-oss-120b","object":"model","created":1754408224,"owned_by":"OpenAI","active":true,"context_window":131072,"max_completion_tokens":65536}
        ]}
        """;

    private readonly ManualTimeProvider _clock = new();

    /// <summary>A new endpoint per test: the cache is shared by the whole process.</summary>
    private readonly GroqClientOptions _options = new()
    {
        ApiKey = TestClients.ApiKey,
        Endpoint = new Uri($"https://groq.test/{Guid.NewGuid():N}/openai/v1"),
        MaxRetries = 0,
        ModelCatalogLifetime = TimeSpan.FromMinutes(10),
    };

    [Fact]
    public async Task The_list_is_fetched_once_within_the_lifetime_and_again_after_it()
    {
        var handler = CannedHandler.Json(List);
        var catalog = Catalog(handler);

        await catalog.ListModelsAsync(TestClients.Ct);
        _clock.Advance(TimeSpan.FromMinutes(9));
        await Catalog(handler).ListModelsAsync(TestClients.Ct);
        handler.Requests.Should().HaveCount(1);

        _clock.Advance(TimeSpan.FromMinutes(1));
        var models = await catalog.ListModelsAsync(TestClients.Ct);

        handler.Requests.Should().HaveCount(2);
        models.Select(m => m.Id).Should().Equal("llama-3.3-70b-versatile", "openai/gpt-oss-120b");
    }

    [Fact]
    public async Task Concurrent_callers_share_one_fetch()
    {
        var handler = new GatedHandler(List);
        var catalog = Catalog(handler);

        var calls = Enumerable.Range(0, 8).Select(_ => catalog.ListModelsAsync(TestClients.Ct)).ToArray();
        handler.Release();
        var lists = await Task.WhenAll(calls);

        handler.Requests.Should().Be(1);
        lists.Should().AllSatisfy(list => list.Should().BeSameAs(lists[0]));
    }

    [Fact]
    public async Task A_caller_that_gives_up_does_not_fail_the_others_waiting_on_the_same_fetch()
    {
        var handler = new GatedHandler(List);
        var catalog = Catalog(handler);
        using var impatient = new CancellationTokenSource();

        var givesUp = catalog.ListModelsAsync(impatient.Token);
        var waits = catalog.ListModelsAsync(TestClients.Ct);
        await impatient.CancelAsync();
        handler.Release();

        await givesUp.Invoking(t => t).Should().ThrowAsync<OperationCanceledException>();
        (await waits).Should().HaveCount(2);
        handler.Requests.Should().Be(1);
    }

    [Fact]
    public async Task A_failed_fetch_is_not_kept()
    {
        var handler = CannedHandler.Json("""{"error":{"message":"down","type":"internal_server_error"}}""", HttpStatusCode.InternalServerError)
            .Then(HttpStatusCode.OK, List);
        var catalog = Catalog(handler);

        await catalog.Invoking(c => c.ListModelsAsync(TestClients.Ct)).Should().ThrowAsync<GroqException>();
        var models = await catalog.ListModelsAsync(TestClients.Ct);

        models.Should().HaveCount(2);
        handler.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_listed_model_is_answered_from_a_fresh_list_without_a_request()
    {
        var handler = CannedHandler.Json(List);
        var catalog = Catalog(handler);
        await catalog.ListModelsAsync(TestClients.Ct);

        var model = await catalog.GetModelAsync("openai/gpt-oss-120b", TestClients.Ct);

        model.MaxCompletionTokens.Should().Be(65536);
        handler.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task One_model_is_fetched_by_its_encoded_id_and_cached_for_the_lifetime()
    {
        var handler = CannedHandler.Json("""{"id":"openai/gpt-oss-20b","object":"model","created":1754407957,"owned_by":"OpenAI","active":true,"context_window":131072,"max_completion_tokens":65536}""");
        var catalog = Catalog(handler);

        await catalog.GetModelAsync("openai/gpt-oss-20b", TestClients.Ct);
        var model = await catalog.GetModelAsync("openai/gpt-oss-20b", TestClients.Ct);
        _clock.Advance(_options.ModelCatalogLifetime);
        await catalog.GetModelAsync("openai/gpt-oss-20b", TestClients.Ct);

        model.Id.Should().Be("openai/gpt-oss-20b");
        handler.Requests.Should().HaveCount(2);
        handler.Requests[0].Method.Should().Be(HttpMethod.Get);
        handler.Requests[0].Uri.AbsolutePath.Should().EndWith("/openai/v1/models/openai%2Fgpt-oss-20b");
    }

    [Fact]
    public async Task An_unknown_id_is_not_kept_in_the_cache()
    {
        var handler = CannedHandler.Json("""{"error":{"message":"The model `nope` does not exist or you do not have access to it.","type":"invalid_request_error","code":"model_not_found"}}""", HttpStatusCode.NotFound);
        var catalog = Catalog(handler);

        for (int i = 0; i < 2; i++)
        {
            var thrown = await catalog.Invoking(c => c.GetModelAsync("nope", TestClients.Ct)).Should().ThrowAsync<GroqException>();
            thrown.Which.ErrorCode.Should().Be("model_not_found");
        }

        handler.Requests.Should().HaveCount(2);
        ModelCatalogCache.For(new Uri(_options.Endpoint + "/"), TestClients.ApiKey).ById.Should().BeEmpty();
    }

    [Fact]
    public async Task An_answer_that_is_not_a_model_list_is_a_GroqException()
    {
        var catalog = Catalog(CannedHandler.Json("""{"object":"list","data":"nope"}"""));

        var thrown = await catalog.Invoking(c => c.ListModelsAsync(TestClients.Ct)).Should().ThrowAsync<GroqException>();

        thrown.Which.Message.Should().Contain("model list");
    }

    [Fact]
    public void A_negative_lifetime_is_refused_naming_the_option()
    {
        _options.ModelCatalogLifetime = TimeSpan.FromSeconds(-1);

        var act = () => new GroqModelCatalog(_options, new HttpClient(CannedHandler.Json(List)));

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("options.ModelCatalogLifetime");
    }

    private GroqModelCatalog Catalog(HttpMessageHandler handler) =>
        new(_options, new GroqHttpPipeline(_options, new HttpClient(handler), null), _clock);
}
