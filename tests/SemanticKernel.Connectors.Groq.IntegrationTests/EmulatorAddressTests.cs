using System.Net;
using System.Net.Sockets;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>Where the emulator listens: a free loopback port by default, or the port and address its options name.</summary>
public sealed class EmulatorAddressTests
{
    [Fact]
    public async Task Emulator_listens_on_a_free_loopback_port_by_default()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

        emulator.Endpoint.Host.Should().Be("127.0.0.1");
        emulator.Endpoint.Port.Should().BePositive();
        emulator.Endpoint.AbsolutePath.Should().Be("/openai/v1");
    }

    [Fact]
    public async Task Emulator_listens_on_the_port_its_options_name()
    {
        var started = await StartOnAFreePortAsync();
        await using var emulator = started.Emulator;
        var port = started.Port;
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/openai/v1/models"), TestContext.Current.CancellationToken);

        emulator.Endpoint.Should().Be(new Uri($"http://127.0.0.1:{port}/openai/v1"));
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the emulator answered, refusing the request without a key");
    }

    [Fact]
    public async Task A_wildcard_listen_address_gives_a_loopback_endpoint_a_client_can_use()
    {
        await using var emulator = await GroqEmulator.StartAsync(new GroqEmulatorOptions { ListenAddress = IPAddress.Any, RequireApiKey = false }, TestContext.Current.CancellationToken);
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(emulator.Endpoint + "/models"), TestContext.Current.CancellationToken);

        emulator.Endpoint.Host.Should().Be("127.0.0.1");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_port_in_use_fails_the_start()
    {
        await using var first = await GroqEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

        var second = () => GroqEmulator.StartAsync(new GroqEmulatorOptions { Port = first.Endpoint.Port }, TestContext.Current.CancellationToken);

        await second.Should().ThrowAsync<IOException>();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(65536)]
    public async Task A_port_outside_0_to_65535_is_refused_before_listening(int port)
    {
        var start = () => GroqEmulator.StartAsync(new GroqEmulatorOptions { Port = port }, TestContext.Current.CancellationToken);

        (await start.Should().ThrowAsync<ArgumentOutOfRangeException>()).WithMessage("GroqEmulatorOptions.Port must be from 0 (a free port) to 65535.*");
    }

    /// <summary>
    /// Starts the emulator on a port named in its options. A port found free can be taken by another process before the
    /// emulator binds it (tests and builds run side by side), so a port lost that way is replaced by another.
    /// </summary>
    private static async Task<(GroqEmulator Emulator, int Port)> StartOnAFreePortAsync()
    {
        const int Attempts = 5;
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            try
            {
                return (await GroqEmulator.StartAsync(new GroqEmulatorOptions { Port = port }, TestContext.Current.CancellationToken), port);
            }
            catch (IOException) when (attempt < Attempts)
            {
                // Taken in between: try another.
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
