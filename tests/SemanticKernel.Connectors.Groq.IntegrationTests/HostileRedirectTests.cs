using System.Collections.Concurrent;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support.Hostile;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>A redirected request is never taken for Groq's answer, and the key never reaches another origin.</summary>
public sealed class HostileRedirectTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_connectors_own_client_does_not_follow_a_redirect_and_names_its_location()
    {
        var elsewhere = new ConcurrentQueue<HostileRequest>();
        await using var other = HostileServer.Start((exchange, ct) => Record(elsewhere, exchange, ct));
        await using var server = HostileServer.Start((exchange, ct) =>
            exchange.RespondAsync(301, "text/plain", "moved", ct, $"Location: {other.Endpoint}/chat/completions"));
        using var client = HostileClients.Chat(server);

        var thrown = (await FluentActions.Awaiting(() => client.GetResponseAsync(HostileClients.Hi, cancellationToken: Ct)).Should().ThrowAsync<GroqException>()).Which;

        thrown.Message.Should().Contain("301").And.Contain(other.Endpoint.Authority).And.Contain("does not follow redirects");
        elsewhere.Should().BeEmpty();
    }

    [Theory]
    [InlineData(301)]
    [InlineData(307)]
    public async Task A_callers_client_that_follows_redirects_gets_the_answer_refused_and_the_key_stays_home(int status)
    {
        var elsewhere = new ConcurrentQueue<HostileRequest>();
        await using var other = HostileServer.Start((exchange, ct) => Record(elsewhere, exchange, ct));
        await using var server = HostileServer.Start((exchange, ct) =>
            exchange.RespondAsync(status, "text/plain", "moved", ct, $"Location: {other.Endpoint}/chat/completions"));
        using var following = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true });
        using var client = HostileClients.Chat(server, httpClient: following);

        var thrown = (await FluentActions.Awaiting(() => client.GetResponseAsync(HostileClients.Hi, cancellationToken: Ct)).Should().ThrowAsync<GroqException>()).Which;

        thrown.Message.Should().Contain("after a redirect").And.Contain(other.Endpoint.Authority);
        elsewhere.Should().ContainSingle("the caller's client followed the redirect");
        elsewhere.Single().Headers.Should().NotContainKey("authorization");
        string.Join("\n", elsewhere.Single().Headers.Values).Should().NotContain(HostileClients.Key);
    }

    private static Task Record(ConcurrentQueue<HostileRequest> requests, HostileExchange exchange, CancellationToken ct)
    {
        requests.Enqueue(exchange.Request);
        return exchange.RespondAsync(200, "application/json", HostileClients.Completion, ct);
    }
}
