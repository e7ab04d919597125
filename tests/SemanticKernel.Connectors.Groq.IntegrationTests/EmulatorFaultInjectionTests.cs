using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>The emulator's injected faults (<see cref="GroqEmulatorOptions.Faults"/>), spoken to with raw HTTP.</summary>
public sealed class EmulatorFaultInjectionTests
{
    private const string Chat = """{"model":"llama-3.3-70b-versatile","messages":[{"role":"user","content":"hi"}]}""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Injected_429_is_rate_limit_exceeded_with_retry_after_and_rate_limit_headers_and_keeps_the_script()
    {
        var delay = TimeSpan.FromMilliseconds(12);
        await using var emulator = await GroqEmulator.StartAsync(
            new GroqEmulatorOptions { Faults = new EmulatorFaults { Rate = 1, Statuses = [429], MinRetryAfter = delay, MaxRetryAfter = delay } }, Ct);
        emulator.Enqueue(EmulatorResponse.Text("scripted"));
        using var http = new HttpClient();

        using var response = await PostAsync(http, emulator, Chat);

        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        Header(response, "retry-after-ms").Should().Be("12");
        Header(response, "retry-after").Should().Be("0");
        Header(response, "x-request-id").Should().StartWith("req_");
        Header(response, "x-ratelimit-remaining-requests").Should().NotBeNullOrEmpty();
        Header(response, "x-ratelimit-reset-tokens").Should().NotBeNullOrEmpty();
        var error = await ErrorAsync(response);
        error.GetProperty("type").GetString().Should().Be("requests");
        error.GetProperty("code").GetString().Should().Be("rate_limit_exceeded");
        error.GetProperty("message").GetString().Should().Contain("llama-3.3-70b-versatile").And.Contain("12ms");
        emulator.PendingResponses.Should().Be(1, "a faulted request does not consume a scripted response");
        emulator.InjectedFaultCount.Should().Be(1);
    }

    [Fact]
    public async Task Injected_503_is_service_unavailable_without_retry_after()
    {
        await using var emulator = await GroqEmulator.StartAsync(
            new GroqEmulatorOptions { Faults = new EmulatorFaults { Rate = 1, Statuses = [503] } }, Ct);
        using var http = new HttpClient();

        using var response = await PostAsync(http, emulator, Chat);

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.Headers.Contains("retry-after").Should().BeFalse();
        var error = await ErrorAsync(response);
        error.GetProperty("type").GetString().Should().Be("internal_server_error");
        error.GetProperty("code").GetString().Should().Be("service_unavailable");
    }

    [Fact]
    public async Task Invalid_requests_get_their_own_error_even_when_every_request_is_faulted()
    {
        await using var emulator = await GroqEmulator.StartAsync(new GroqEmulatorOptions { Faults = new EmulatorFaults { Rate = 1 } }, Ct);
        using var http = new HttpClient();

        using var response = await PostAsync(http, emulator, """{"model":"llama-3.3-70b-versatile","messages":[{"role":"user","content":"hi"}],"n":2}""");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        emulator.InjectedFaultCount.Should().Be(0);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_sequence_of_answers()
    {
        var faults = new EmulatorFaults { Rate = 0.5, Statuses = [429, 503, 503], Seed = 7 };

        var first = await StatusSequenceAsync(faults, 40);
        var second = await StatusSequenceAsync(faults, 40);

        second.Should().Equal(first);
        first.Should().Contain(200).And.Contain(429).And.Contain(503);
    }

    [Fact]
    public async Task Without_faults_nothing_is_injected_and_without_recording_requests_are_only_counted()
    {
        await using var emulator = await GroqEmulator.StartAsync(new GroqEmulatorOptions { RecordRequests = false }, Ct);
        using var http = new HttpClient();

        for (var i = 0; i < 5; i++)
        {
            using var response = await PostAsync(http, emulator, Chat);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        emulator.Requests.Should().BeEmpty();
        emulator.RequestCount.Should().Be(5);
        emulator.InjectedFaultCount.Should().Be(0);
    }

    [Theory]
    [InlineData(-0.1, new[] { 429 })]
    [InlineData(1.5, new[] { 429 })]
    [InlineData(0.1, new int[0])]
    [InlineData(0.1, new[] { 200 })]
    public async Task Invalid_fault_settings_are_rejected_at_start(double rate, int[] statuses)
    {
        var act = () => GroqEmulator.StartAsync(new GroqEmulatorOptions { Faults = new EmulatorFaults { Rate = rate, Statuses = statuses } }, Ct);

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("*options.Faults*");
    }

    private static async Task<List<int>> StatusSequenceAsync(EmulatorFaults faults, int requests)
    {
        await using var emulator = await GroqEmulator.StartAsync(new GroqEmulatorOptions { Faults = faults }, Ct);
        using var http = new HttpClient();
        var statuses = new List<int>();
        for (var i = 0; i < requests; i++)
        {
            using var response = await PostAsync(http, emulator, Chat);
            statuses.Add((int)response.StatusCode);
        }

        return statuses;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, GroqEmulator emulator, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{emulator.Endpoint}/chat/completions")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
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
