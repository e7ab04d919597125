namespace SemanticKernel.Connectors.Groq.Chat.Diagnostics;

/// <summary>
/// Semantic Kernel's opt-in to its model-level <c>gen_ai</c> spans, read as SK's own connectors read it: an
/// <see cref="AppContext"/> switch, else an environment variable parsed as a <see cref="bool"/>, else off. The sensitive
/// switch turns the spans on as well.
/// </summary>
/// <param name="Enabled">Whether <c>gen_ai</c> chat spans are made (either switch on).</param>
/// <param name="Sensitive">Whether they also carry the messages and answers as events.</param>
internal sealed record KernelDiagnosticsSwitches(bool Enabled, bool Sensitive)
{
    public const string EnableSwitch = "Microsoft.SemanticKernel.Experimental.GenAI.EnableOTelDiagnostics";
    public const string SensitiveSwitch = "Microsoft.SemanticKernel.Experimental.GenAI.EnableOTelDiagnosticsSensitive";
    public const string EnableVariable = "SEMANTICKERNEL_EXPERIMENTAL_GENAI_ENABLE_OTEL_DIAGNOSTICS";
    public const string SensitiveVariable = "SEMANTICKERNEL_EXPERIMENTAL_GENAI_ENABLE_OTEL_DIAGNOSTICS_SENSITIVE";

    /// <summary>Both off.</summary>
    public static readonly KernelDiagnosticsSwitches Off = new(false, false);

    /// <summary>The switches as the process sets them now.</summary>
    public static KernelDiagnosticsSwitches FromProcess() =>
        Read(static name => AppContext.TryGetSwitch(name, out bool on) ? on : null, Environment.GetEnvironmentVariable);

    /// <summary>The switches as <paramref name="appSwitch"/> and <paramref name="variable"/> set them; the switch wins over the variable.</summary>
    public static KernelDiagnosticsSwitches Read(Func<string, bool?> appSwitch, Func<string, string?> variable)
    {
        bool sensitive = IsOn(SensitiveSwitch, SensitiveVariable, appSwitch, variable);
        bool enabled = sensitive || IsOn(EnableSwitch, EnableVariable, appSwitch, variable);
        return enabled ? new KernelDiagnosticsSwitches(enabled, sensitive) : Off;
    }

    private static bool IsOn(string switchName, string variableName, Func<string, bool?> appSwitch, Func<string, string?> variable) =>
        appSwitch(switchName) ?? (bool.TryParse(variable(variableName), out bool on) && on);
}
