using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.PackageTests.Support;

namespace SemanticKernel.Connectors.Groq.PackageTests;

/// <summary>The standalone server (<c>groq-emulator</c>) as a separate process, called with a plain HttpClient as any language would.</summary>
public sealed class EmulatorServerProcessTests
{
    private const string Key = "gsk_server_test_key";

    [Fact]
    public async Task Server_on_a_free_port_lists_models_and_answers_a_chat_completion_in_Groqs_shape()
    {
        await using var server = await ServerProcess.StartBuiltAsync(
            "--port", "0", "--api-key", Key, "--model", "acme/custom-model", "--requests-per-day", "500");
        using var http = Client(server, Key);

        using var models = await http.GetAsync("models", TestContext.Current.CancellationToken);
        models.StatusCode.Should().Be(HttpStatusCode.OK);
        using (var list = JsonDocument.Parse(await models.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)))
        {
            list.RootElement.GetProperty("object").GetString().Should().Be("list");
            list.RootElement.GetProperty("data").EnumerateArray().Select(model => model.GetProperty("id").GetString())
                .Should().Contain(["llama-3.3-70b-versatile", "whisper-large-v3", "acme/custom-model"]);
        }

        const string Body = """{"model":"llama-3.3-70b-versatile","messages":[{"role":"user","content":"Who keeps the lighthouse?"}]}""";
        using var chat = await http.PostAsync(
            "chat/completions", new StringContent(Body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        chat.StatusCode.Should().Be(HttpStatusCode.OK);
        chat.Headers.GetValues("x-ratelimit-limit-requests").Should().Equal("500");
        using var completion = JsonDocument.Parse(await chat.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = completion.RootElement;
        root.GetProperty("object").GetString().Should().Be("chat.completion");
        root.GetProperty("id").GetString().Should().StartWith("chatcmpl-");
        root.GetProperty("model").GetString().Should().Be("llama-3.3-70b-versatile");
        var choice = root.GetProperty("choices")[0];
        choice.GetProperty("message").GetProperty("role").GetString().Should().Be("assistant");
        choice.GetProperty("message").GetProperty("content").GetString().Should().Contain("Who keeps the lighthouse?");
        choice.GetProperty("finish_reason").GetString().Should().Be("stop");
        root.GetProperty("usage").GetProperty("total_tokens").GetInt32().Should().BePositive();
        root.GetProperty("x_groq").GetProperty("id").GetString().Should().StartWith("req_");
    }

    [Fact]
    public async Task Server_prints_its_base_URL_the_groq_sdk_root_and_its_key_when_it_listens()
    {
        await using var server = await ServerProcess.StartBuiltAsync("--port", "0", "--api-key", Key);
        var root = $"http://127.0.0.1:{server.BaseUrl.Port}";

        server.BaseUrl.Should().Be(new Uri(root + "/openai/v1"));
        server.Output.Should().Contain($"GROQ_BASE_URL: {root} ").And.Contain("Press Ctrl+C to stop.");
        server.PrintedApiKey.Should().Be(Key);
    }

    [Fact]
    public async Task Server_refuses_a_wrong_key_with_Groqs_401_error_body()
    {
        await using var server = await ServerProcess.StartBuiltAsync("--port", "0", "--api-key", Key);
        using var http = Client(server, "gsk_not_the_key");

        using var response = await http.GetAsync("models", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var error = body.RootElement.GetProperty("error");
        error.GetProperty("type").GetString().Should().Be("invalid_request_error");
        error.GetProperty("code").GetString().Should().Be("invalid_api_key");
    }

    [Fact]
    public async Task Server_with_no_auth_accepts_any_key()
    {
        await using var server = await ServerProcess.StartBuiltAsync("--port", "0", "--no-auth");
        using var http = Client(server, "anything");

        using var response = await http.GetAsync("models", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        server.Output.Should().Contain("API key:       any (not checked: --no-auth)");
    }

    [Fact]
    public async Task SIGTERM_stops_the_server_through_its_shutdown_path_with_exit_code_0()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("SIGTERM is sent with kill(1), which Windows does not have; Ctrl+C stops the server there.");
        }

        await using var server = await ServerProcess.StartBuiltAsync("--port", "0", "--api-key", Key);

        var exitCode = await server.StopAsync();

        exitCode.Should().Be(0);
        server.Output.Should().Contain("Stopping.");
    }

    [Fact]
    public async Task A_port_in_use_is_reported_in_one_line_with_exit_code_1()
    {
        await using var first = await ServerProcess.StartBuiltAsync("--port", "0", "--api-key", Key);
        var port = first.BaseUrl.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var second = await DotnetCli.RunAsync([RepositoryLayout.ServerAssembly, "--port", port], Path.GetTempPath(), TimeSpan.FromMinutes(1));

        second.ExitCode.Should().Be(1);
        second.Output.Trim().Should().StartWith($"Cannot listen on 127.0.0.1 port {port}:").And.Contain("--port 0").And.NotContain("\n");
    }

    [Fact]
    public async Task A_wrong_option_exits_2_with_a_message_naming_it()
    {
        var result = await DotnetCli.RunAsync([RepositoryLayout.ServerAssembly, "--prot", "8080"], Path.GetTempPath(), TimeSpan.FromMinutes(1));

        result.ExitCode.Should().Be(2);
        result.Output.Trim().Should().Be("Unknown option '--prot'; see --help.");
    }

    private static HttpClient Client(ServerProcess server, string key)
    {
        var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl + "/"), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return http;
    }
}
