using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.Emulator.Chat;

/// <summary>
/// The values a schema's keywords allow, and the sample the emulator writes when the user's words give none: 1 (integers),
/// 1.5 (numbers) and <c>"emulated"</c> (strings), moved inside <c>minimum</c>/<c>maximum</c> (and their exclusive forms),
/// onto <c>multipleOf</c> and to <c>minLength</c>/<c>maxLength</c>, since Groq's strict mode answers only what the schema allows.
/// </summary>
internal static class SchemaSamples
{
    private const string PlainSample = "emulated";

    /// <summary>
    /// The longest sample written: more than any model's largest output (65,536 tokens of about four characters), so a
    /// longer <c>minLength</c> ends as the budget's <c>json_validate_failed</c> / <c>tool_use_failed</c>, not in memory.
    /// </summary>
    private const int MaxSampleCharacters = 1 << 20;

    public static bool WithinBounds(JsonElement schema, double value) =>
        !(Bound(schema, "minimum") is { } minimum && value < minimum)
        && !(Bound(schema, "maximum") is { } maximum && value > maximum)
        && !(Bound(schema, "exclusiveMinimum") is { } above && value <= above)
        && !(Bound(schema, "exclusiveMaximum") is { } below && value >= below)
        && !(Bound(schema, "multipleOf") is { } step && step > 0 && Math.Abs(Math.IEEERemainder(value, step)) > 1e-9);

    public static bool FitsLength(JsonElement schema, string text)
    {
        var length = text.EnumerateRunes().Count();
        return !(MinLength(schema) is { } least && length < least) && !(MaxLength(schema) is { } most && length > most);
    }

    /// <summary>1, or the first whole number the bounds allow (the lower bound, then the upper one).</summary>
    public static double Integer(JsonElement schema) => FirstAllowed(schema, 1, integral: true);

    /// <summary>1.5, or the first number the bounds allow (the lower bound, then the upper one, then between them).</summary>
    public static double Number(JsonElement schema) => FirstAllowed(schema, 1.5, integral: false);

    /// <summary><c>"emulated"</c> repeated up to <c>minLength</c> and cut to <c>maxLength</c>.</summary>
    public static string PlainString(JsonElement schema)
    {
        var sample = PlainSample;
        if (MinLength(schema) is { } least && least > sample.Length)
        {
            var length = Math.Min(least, MaxSampleCharacters);
            sample = string.Create(length, PlainSample, static (span, text) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = text[i % text.Length];
                }
            });
        }

        return MaxLength(schema) is { } most && most < sample.Length ? sample[..Math.Max(0, most)] : sample;
    }

    private static double FirstAllowed(JsonElement schema, double preferred, bool integral)
    {
        var lower = Bound(schema, "minimum") ?? (Bound(schema, "exclusiveMinimum") is { } above ? above + (integral ? 1 : 0.5) : null);
        var upper = Bound(schema, "maximum") ?? (Bound(schema, "exclusiveMaximum") is { } below ? below - (integral ? 1 : 0.5) : null);
        var step = Bound(schema, "multipleOf") is { } s && s > 0 ? s : (double?)null;
        double?[] candidates = [preferred, lower, upper, lower is { } l && upper is { } u ? (l + u) / 2 : null];
        foreach (var candidate in candidates)
        {
            if (candidate is not { } value)
            {
                continue;
            }

            if (integral)
            {
                value = Math.Ceiling(value);
            }

            if (step is { } multiple)
            {
                value = Math.Ceiling(value / multiple) * multiple;
            }

            if (WithinBounds(schema, value) && (!integral || value == Math.Floor(value)))
            {
                return value;
            }
        }

        return preferred;
    }

    private static int? MinLength(JsonElement schema) =>
        schema.TryGetProperty("minLength", out var min) && min.TryGetInt32(out var least) ? least : null;

    private static int? MaxLength(JsonElement schema) =>
        schema.TryGetProperty("maxLength", out var max) && max.TryGetInt32(out var most) ? most : null;

    private static double? Bound(JsonElement schema, string keyword) =>
        schema.TryGetProperty(keyword, out var bound) && bound.ValueKind == JsonValueKind.Number ? bound.GetDouble() : null;
}
