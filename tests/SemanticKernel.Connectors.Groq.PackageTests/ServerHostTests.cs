using FluentAssertions;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.PackageTests;

/// <summary>How the server's entry point ends when it cannot start, run in-process.</summary>
public sealed class ServerHostTests
{
    [Fact]
    public async Task An_address_this_machine_does_not_have_is_reported_in_one_line_with_exit_code_1()
    {
        // 192.0.2.1 is TEST-NET-1 (RFC 5737): reserved for documentation, never assigned to a machine.
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exitCode = await ServerHost.RunAsync(["--host", "192.0.2.1", "--port", "0"], output, errors, TestContext.Current.CancellationToken);

        exitCode.Should().Be(ServerHost.StartFailed);
        output.ToString().Should().BeEmpty();
        errors.ToString().TrimEnd().Should().StartWith("Cannot listen on 192.0.2.1 port 0:").And.Contain("--host").And.NotContain("\n");
    }

    [Fact]
    public async Task A_wrong_option_returns_exit_code_2_without_starting()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exitCode = await ServerHost.RunAsync(["--port", "--no-auth"], output, errors, TestContext.Current.CancellationToken);

        exitCode.Should().Be(ServerHost.UsageError);
        output.ToString().Should().BeEmpty();
        errors.ToString().TrimEnd().Should().Be("--port needs a value; see --help.");
    }
}
