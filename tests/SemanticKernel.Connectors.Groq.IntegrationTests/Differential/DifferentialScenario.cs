using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>
/// One differential scenario: everything that is built fresh, identically, for each side (kernel, plugins, filters,
/// history, settings) and the scripted answers both emulators give.
/// </summary>
internal sealed record DifferentialScenario
{
    public required string Name { get; init; }

    public bool Streaming { get; init; }

    public ScenarioCall Call { get; init; } = ScenarioCall.Chat;

    /// <summary>Whether the kernel is passed to the chat service (it is always built, for plugins and filters).</summary>
    public bool PassKernel { get; init; } = true;

    /// <summary>The settings for one side, given that side's kernel; called once per side.</summary>
    public required Func<ConnectorSide, Kernel, PromptExecutionSettings?> Settings { get; init; }

    public Func<ChatHistory> History { get; init; } = () => new ChatHistory("Weather in Paris?", AuthorRole.User);

    public string Prompt { get; init; } = "Weather in Paris?";

    /// <summary>The emulator's answers, in order; both sides get the same ones.</summary>
    public IReadOnlyList<EmulatorResponse> Script { get; init; } = [];

    /// <summary>Filters registered inside the observing filter, in order.</summary>
    public IReadOnlyList<Func<AutoFunctionInvocationContext, Func<AutoFunctionInvocationContext, Task>, Task>> Filters { get; init; } = [];

    /// <summary>Concurrent invocation: functions and filters may start and finish in any order, so those two aspects are sorted.</summary>
    public bool CallsMayOverlap { get; init; }

    /// <summary>The exception the classic connector throws in this scenario (then the Groq service must throw the same), or null.</summary>
    public Type? ClassicThrows { get; init; }

    /// <summary>What the classic run must show for the scenario to test what its name says; checked before comparing.</summary>
    public Action<SideRun>? ExpectClassic { get; init; }

    public string DisplayName => Streaming ? Name + " (streaming)" : Name;
}
