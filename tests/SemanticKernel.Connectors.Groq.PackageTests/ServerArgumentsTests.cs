using System.Net;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.PackageTests;

public sealed class ServerArgumentsTests
{
    [Fact]
    public void No_arguments_listen_on_loopback_port_8080_with_the_default_key_and_keep_no_request_log()
    {
        var parsed = ServerArguments.Parse([], out var error);

        error.Should().BeNull();
        parsed!.ShowHelp.Should().BeFalse();
        parsed.Options.Port.Should().Be(8080);
        parsed.Options.ListenAddress.Should().Be(IPAddress.Loopback);
        parsed.Options.ApiKey.Should().Be("gsk_emulator_0000000000000000");
        parsed.Options.RequireApiKey.Should().BeTrue();
        parsed.Options.RecordRequests.Should().BeFalse("a server's request log would grow for ever and nobody can read it");
    }

    [Fact]
    public void Options_take_their_value_after_a_space_or_an_equals_sign()
    {
        var parsed = ServerArguments.Parse(
            ["--port=9000", "--host", "0.0.0.0", "--api-key=gsk_mine", "--model", "acme/m1", "--inactive-model=old/m0",
             "--enforce-rate-limits", "--requests-per-minute", "30", "--requests-per-day", "1000", "--tokens-per-minute=12000",
             "--max-audio-bytes", "1048576", "--fault-rate", "0.25", "--fault-seed", "7", "--batch-step-ms", "10",
             "--batch-lines-per-step", "5", "--batch-expires-after-s", "60"],
            out var error);

        error.Should().BeNull();
        var options = parsed!.Options;
        options.Port.Should().Be(9000);
        options.ListenAddress.Should().Be(IPAddress.Any);
        options.ApiKey.Should().Be("gsk_mine");
        options.Models.Should().Contain(["acme/m1", "old/m0"]);
        options.InactiveModels.Should().Equal("old/m0");
        options.EnforceRateLimits.Should().BeTrue();
        options.RateLimitRequestsPerMinute.Should().Be(30);
        options.RateLimitRequestsPerDay.Should().Be(1000);
        options.RateLimitTokensPerMinute.Should().Be(12000);
        options.MaxAudioBytes.Should().Be(1048576);
        options.Faults!.Rate.Should().Be(0.25);
        options.Faults.Seed.Should().Be(7);
        options.BatchStepDelay.Should().Be(TimeSpan.FromMilliseconds(10));
        options.BatchLinesPerStep.Should().Be(5);
        options.BatchExpiresAfter.Should().Be(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void A_negative_number_after_a_space_is_a_value_not_an_option()
    {
        var parsed = ServerArguments.Parse(["--fault-rate", "0.1", "--fault-seed", "-3"], out var error);

        error.Should().BeNull();
        parsed!.Options.Faults!.Seed.Should().Be(-3);
    }

    [Theory]
    [InlineData("localhost", "127.0.0.1")]
    [InlineData("::1", "::1")]
    [InlineData("*", "0.0.0.0")]
    public void Host_accepts_localhost_a_wildcard_and_IP_addresses(string host, string address)
    {
        var parsed = ServerArguments.Parse(["--host", host], out _);

        parsed!.Options.ListenAddress.Should().Be(IPAddress.Parse(address));
    }

    [Fact]
    public void No_auth_turns_the_key_check_off()
    {
        ServerArguments.Parse(["--no-auth"], out _)!.Options.RequireApiKey.Should().BeFalse();
    }

    [Fact]
    public void Help_is_recognised_in_each_spelling()
    {
        foreach (var help in new[] { "--help", "-h", "-?" })
        {
            ServerArguments.Parse([help], out _)!.ShowHelp.Should().BeTrue(help);
        }
    }

    [Theory]
    [InlineData(new[] { "--port", "70000" }, "--port takes a whole number from 0 to 65535, not '70000'.")]
    [InlineData(new[] { "--port" }, "--port needs a value; see --help.")]
    [InlineData(new[] { "--model", "--no-auth" }, "--model needs a value; see --help.")]
    [InlineData(new[] { "--host", "example.com" }, "--host takes an IP address (127.0.0.1, ::1, 0.0.0.0) or localhost, not 'example.com'.")]
    [InlineData(new[] { "--api-key=" }, "--api-key needs a non-empty key.")]
    [InlineData(new[] { "--fault-rate", "1.5" }, "--fault-rate takes a fraction of requests from 0 to 1, such as 0.1, not '1.5'.")]
    [InlineData(new[] { "--fault-seed", "3" }, "--fault-seed needs --fault-rate.")]
    [InlineData(new[] { "--no-auth=yes" }, "--no-auth takes no value; see --help.")]
    [InlineData(new[] { "--requests-per-day", "0" }, "--requests-per-day takes a whole number from 1 to 2147483647, not '0'.")]
    [InlineData(new[] { "8080" }, "Unknown option '8080'; see --help.")]
    public void A_wrong_argument_is_refused_with_a_message_naming_it(string[] args, string message)
    {
        var parsed = ServerArguments.Parse(args, out var error);

        parsed.Should().BeNull();
        error.Should().Be(message);
    }

    [Fact]
    public void Help_text_lists_every_option_the_parser_accepts()
    {
        string[] options =
        [
            "--port", "--host", "--api-key", "--no-auth", "--model", "--inactive-model", "--enforce-rate-limits",
            "--requests-per-minute", "--requests-per-day", "--tokens-per-minute", "--max-audio-bytes", "--fault-rate",
            "--fault-seed", "--batch-step-ms", "--batch-lines-per-step", "--batch-expires-after-s", "--help",
        ];

        foreach (var option in options)
        {
            ServerUsage.Text.Should().Contain(option + " ", option);
            var flag = option is "--no-auth" or "--enforce-rate-limits" or "--help";
            ServerArguments.Parse(flag ? [option] : [option, "1"], out var error);
            (error ?? string.Empty).Should().NotStartWith("Unknown option", option);
        }
    }
}
