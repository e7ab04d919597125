using FluentAssertions;
using SemanticKernel.Connectors.Groq.Chat.Diagnostics;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Chat.Diagnostics;

/// <summary>Semantic Kernel's diagnostics switches, read as SK reads them: the AppContext switch, else the environment variable, else off.</summary>
public sealed class KernelDiagnosticsSwitchesTests
{
    [Fact]
    public void Nothing_set_is_off()
    {
        Read(switches: [], variables: []).Should().Be(new KernelDiagnosticsSwitches(false, false));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("false", false)]
    [InlineData("1", false)]
    [InlineData("yes", false)]
    public void The_environment_variable_counts_only_when_it_parses_as_a_boolean(string value, bool enabled)
    {
        Read(switches: [], variables: new() { [KernelDiagnosticsSwitches.EnableVariable] = value }).Enabled.Should().Be(enabled);
    }

    [Fact]
    public void The_AppContext_switch_wins_over_the_environment_variable()
    {
        Read(
                switches: new() { [KernelDiagnosticsSwitches.EnableSwitch] = false },
                variables: new() { [KernelDiagnosticsSwitches.EnableVariable] = "true" })
            .Enabled.Should().BeFalse();
        Read(
                switches: new() { [KernelDiagnosticsSwitches.EnableSwitch] = true },
                variables: new() { [KernelDiagnosticsSwitches.EnableVariable] = "false" })
            .Enabled.Should().BeTrue();
    }

    [Fact]
    public void The_sensitive_switch_alone_turns_the_spans_on_with_their_content()
    {
        Read(switches: new() { [KernelDiagnosticsSwitches.SensitiveSwitch] = true }, variables: [])
            .Should().Be(new KernelDiagnosticsSwitches(true, true));
        Read(switches: [], variables: new() { [KernelDiagnosticsSwitches.SensitiveVariable] = "true" })
            .Should().Be(new KernelDiagnosticsSwitches(true, true));
    }

    [Fact]
    public void The_plain_switch_records_no_content()
    {
        Read(switches: new() { [KernelDiagnosticsSwitches.EnableSwitch] = true }, variables: [])
            .Should().Be(new KernelDiagnosticsSwitches(true, false));
    }

    private static KernelDiagnosticsSwitches Read(Dictionary<string, bool> switches, Dictionary<string, string> variables) =>
        KernelDiagnosticsSwitches.Read(
            name => switches.TryGetValue(name, out bool on) ? on : null,
            name => variables.GetValueOrDefault(name));
}
