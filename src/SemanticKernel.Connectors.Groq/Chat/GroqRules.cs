namespace SemanticKernel.Connectors.Groq.Chat;

/// <summary>
/// Groq's limits on request values, checked before anything is sent. Each check takes the caller's name for the
/// setting (<c>ChatOptions.TopP</c> for MEAI callers, <c>GroqPromptExecutionSettings.TopP</c> for SK callers), so
/// the exception names what the caller actually set.
/// </summary>
internal static class GroqRules
{
    public const int MaxStopSequences = 4;

    public static float? Temperature(float? value, string setting) =>
        value is { } t && (t is < 0f or > 2f || float.IsNaN(t))
            ? throw new ArgumentOutOfRangeException(setting, t, "Groq accepts a temperature between 0 and 2.")
            : value;

    public static float? TopP(float? value, string setting) =>
        value is { } p && (p is < 0f or > 1f || float.IsNaN(p))
            ? throw new ArgumentOutOfRangeException(setting, p, "Groq accepts a top_p between 0 and 1.")
            : value;

    public static float? Penalty(float? value, string setting) =>
        value is { } p && (p is < -2f or > 2f || float.IsNaN(p))
            ? throw new ArgumentOutOfRangeException(setting, p, $"{setting} must be between -2 and 2.")
            : value;

    public static int? MaxTokens(int? value, string setting) =>
        value is < 1 ? throw new ArgumentOutOfRangeException(setting, value, $"{setting} must be at least 1.") : value;

    public static void StopSequences(int count, bool jsonMode, string stopSetting, string formatSetting)
    {
        if (count > MaxStopSequences)
        {
            throw new ArgumentException($"Groq accepts at most {MaxStopSequences} stop sequences; {stopSetting} has {count}.", stopSetting);
        }

        if (count > 0 && jsonMode)
        {
            throw new NotSupportedException(
                $"Groq's JSON mode does not support stop sequences: remove {stopSetting} or the JSON {formatSetting}.");
        }
    }
}
