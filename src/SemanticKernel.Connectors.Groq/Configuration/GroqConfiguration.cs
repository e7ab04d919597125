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
    /// Reads <see cref="GroqClientOptions"/> from <paramref name="configuration"/>: its <c>Groq</c> section when it has one
    /// (the configuration root), else <paramref name="configuration"/> itself (the section). Keys are the property names
    /// (<c>ApiKey</c>, <c>Endpoint</c>, <c>MaxRetries</c>, <c>Timeout</c> as <c>hh:mm:ss</c>, <c>AudioChunking:FfmpegPath</c>, ...);
    /// a missing key keeps its default. <c>RateLimiter</c> is not an option value: see <see cref="ReadRateLimiterOptions"/>.
    /// </summary>
    /// <param name="configuration">The configuration root, or the <c>Groq</c> section.</param>
    /// <returns>New options.</returns>
    /// <exception cref="InvalidOperationException">A value cannot be converted, e.g. a <c>Timeout</c> that is not a time span.</exception>
    public static GroqClientOptions ReadClientOptions(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new GroqClientOptions();
        SectionOf(configuration).Get<ClientOptionsSection>()?.ApplyTo(options);
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

    private static IConfiguration SectionOf(IConfiguration configuration) =>
        configuration.GetSection(SectionName) is { } section && section.Exists() ? section : configuration;
}
