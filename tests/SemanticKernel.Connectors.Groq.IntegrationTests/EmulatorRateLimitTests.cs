using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>The emulator's enforced rate limits (<see cref="GroqEmulatorOptions.EnforceRateLimits"/>), spoken to with raw HTTP.</summary>
public sealed class EmulatorRateLimitTests
{
    private const string Chat = """{"model":"llama-3.3-70b-versatile","messages":[{"role":"user","content":"hi"}]}""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_request_the_spent_token_budget_cannot_cover_is_refused_with_429_tokens_and_a_retry_after()
    {
        await using var emulator = await StartAsync(new GroqEmulatorOptions { EnforceRateLimits = true, RateLimitTokensPerMinute = 100 });
        emulator.Enqueue(EmulatorResponse.Text("spent").WithUsage(100, 0));
        using var http = new HttpClient();

        using var first = await PostAsync(http, emulator);
        using var refused = await PostAsync(http, emulator);

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        Header(first, "x-ratelimit-remaining-tokens").Should().Be("0");
        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        long.Parse(Header(refused, "retry-after")!, CultureInfo.InvariantCulture).Should().BeInRange(1, 60, "Groq sends whole seconds");
        Header(refused, "x-ratelimit-limit-tokens").Should().Be("100");
        Header(refused, "x-ratelimit-remaining-tokens").Should().Be("0");
        Header(refused, "x-ratelimit-reset-tokens").Should().NotBeNullOrEmpty();
        var error = await ErrorAsync(refused);
        error.GetProperty("type").GetString().Should().Be("tokens");
        error.GetProperty("code").GetString().Should().Be("rate_limit_exceeded");
        error.GetProperty("message").GetString().Should().StartWith("Rate limit reached for model `llama-3.3-70b-versatile`")
            .And.Contain("on tokens per minute (TPM): Limit 100, Used 100, Requested ").And.Contain("Please try again in ");
        emulator.RateLimitedCount.Should().Be(1);
    }

    [Fact]
    public async Task A_request_past_the_requests_per_minute_limit_is_refused_with_429_requests_and_costs_nothing()
    {
        await using var emulator = await StartAsync(new GroqEmulatorOptions { EnforceRateLimits = true, RateLimitRequestsPerMinute = 2 });
        using var http = new HttpClient();

        using var first = await PostAsync(http, emulator);
        using var second = await PostAsync(http, emulator);
        using var refused = await PostAsync(http, emulator);

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        second.StatusCode.Should().Be(HttpStatusCode.OK);
        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        Header(refused, "retry-after").Should().NotBeNullOrEmpty();
        Header(refused, "x-ratelimit-remaining-requests").Should().Be(Header(second, "x-ratelimit-remaining-requests"), "a refused request is not charged");
        var error = await ErrorAsync(refused);
        error.GetProperty("type").GetString().Should().Be("requests");
        error.GetProperty("message").GetString().Should().Contain("on requests per minute (RPM): Limit 2, Used 2, Requested 1.");
    }

    [Fact]
    public async Task A_request_larger_than_a_whole_minute_of_tokens_is_413_without_retry_after()
    {
        await using var emulator = await StartAsync(new GroqEmulatorOptions { EnforceRateLimits = true, RateLimitTokensPerMinute = 100 });
        emulator.Enqueue(EmulatorResponse.Text("huge").WithUsage(150, 0));
        using var http = new HttpClient();

        using var response = await PostAsync(http, emulator);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.Headers.Contains("retry-after").Should().BeFalse();
        var error = await ErrorAsync(response);
        error.GetProperty("type").GetString().Should().Be("tokens");
        error.GetProperty("code").GetString().Should().Be("rate_limit_exceeded");
        error.GetProperty("message").GetString().Should().StartWith("Request too large for model").And.Contain("Limit 100, Requested 150");
    }

    [Fact]
    public async Task Without_enforcement_the_limits_are_only_reported()
    {
        await using var emulator = await StartAsync(new GroqEmulatorOptions { RateLimitTokensPerMinute = 100, RateLimitRequestsPerMinute = 1 });
        emulator.Enqueue(EmulatorResponse.Text("huge").WithUsage(150, 0));
        using var http = new HttpClient();

        using var first = await PostAsync(http, emulator);
        using var second = await PostAsync(http, emulator);

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        second.StatusCode.Should().Be(HttpStatusCode.OK);
        Header(second, "x-ratelimit-remaining-tokens").Should().Be("0");
        emulator.RateLimitedCount.Should().Be(0);
    }

    private static Task<GroqEmulator> StartAsync(GroqEmulatorOptions options) => GroqEmulator.StartAsync(options, Ct);

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, GroqEmulator emulator)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{emulator.Endpoint}/chat/completions")
        {
            Content = new StringContent(Chat, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", emulator.ApiKey);
        return await http.SendAsync(request, Ct);
    }

    private static async Task<JsonElement> ErrorAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return json.RootElement.GetProperty("error").Clone();
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
}
