using Microsoft.Extensions.Configuration;

namespace SemanticKernel.Connectors.Groq;

/// <summary>Reads the connector's options from <see cref="IConfiguration"/> (e.g. <c>appsettings.json</c>), section <c>Groq</c>.</summary>
public static class GroqConfiguration
{
    /// <summary>The configuration section the options are read from.</summary>
    public const string SectionName = "Groq";

    /// <summary>The name of the subsection holding <see cref="GroqRateLimiterOptions"/>, under <see cref="SectionName"/>.</summary>
    public const string RateLimiterSectionName = "RateLimiter";

    /// <summary>
    /// Reads <see cref="GroqClientOptions"/> from <paramref name="configuration"/>: its <c>Groq</c> section when it has one,
    /// else, when it is a section (e.g. <c>GetSection("MyGroq")</c>), that section itself; a root without a <c>Groq</c> section
    /// gives the defaults. Keys are the property names
    /// (<c>ApiKey</c>, <c>Endpoint</c>, <c>MaxRetries</c>, <c>Timeout</c> as <c>hh:mm:ss</c>, <c>AudioChunking:FfmpegPath</c>, ...);
    /// a missing key keeps its default. <c>RateLimiter</c> is not an option value: see <see cref="ReadRateLimiterOptions"/>.
    /// </summary>
    /// <param name="configuration">The configuration root, or the <c>Groq</c> section.</param>
    /// <returns>New options.</returns>
    /// <exception cref="InvalidOperationException">
    /// A value cannot be converted, e.g. a <c>Timeout</c> that is not a time span, or is a bare number (<c>30</c> would be 30 days).
    /// </exception>
    public static GroqClientOptions ReadClientOptions(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new GroqClientOptions();
        var section = SectionOf(configuration);
        foreach (string key in TimeSpanKeys)
        {
            RefuseBareNumber(section.GetSection(key));
        }

        section.Get<ClientOptionsSection>()?.ApplyTo(options);
        return options;
    }

    /// <summary>
    /// Reads <see cref="GroqRateLimiterOptions"/> from the <c>RateLimiter</c> subsection of the <c>Groq</c> section (found as
    /// in <see cref="ReadClientOptions"/>), or returns <see langword="null"/> when there is none.
    /// </summary>
    /// <param name="configuration">The configuration root, or the <c>Groq</c> section.</param>
    /// <returns>New options, or <see langword="null"/>.</returns>
    public static GroqRateLimiterOptions? ReadRateLimiterOptions(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = SectionOf(configuration).GetSection(RateLimiterSectionName);
        if (!section.Exists())
        {
            return null;
        }

        var options = new GroqRateLimiterOptions();
        section.Bind(options);
        return options;
    }

    private static readonly string[] TimeSpanKeys = ["Timeout", "ModelCatalogLifetime", "AudioChunking:ChunkDuration", "AudioChunking:Overlap"];

    /// <summary>Refuses a time span written as a bare number: <see cref="TimeSpan.Parse(string)"/> reads <c>30</c> as 30 days.</summary>
    private static void RefuseBareNumber(IConfigurationSection value)
    {
        if (long.TryParse(value.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            throw new InvalidOperationException(
                $"{value.Path} is '{value.Value?.Trim()}', a bare number, which .NET reads as days. Write a time span as [d.]hh:mm:ss, e.g. 00:00:30 for 30 seconds.");
        }
    }

    // A root without a Groq section gives nothing: its own top-level keys (an app's Endpoint or ApiKey) are not Groq's.
    private static IConfiguration SectionOf(IConfiguration configuration) =>
        configuration.GetSection(SectionName) is var section && (section.Exists() || configuration is not IConfigurationSection) ? section : configuration;
}
