using System.Text;
using FluentAssertions;
using Microsoft.Extensions.Configuration;

namespace SemanticKernel.Connectors.Groq.UnitTests.Configuration;

/// <summary>The <c>appsettings.json</c> of <c>docs/configuration.md</c> names every key the connector reads, and only those.</summary>
public sealed class ConfigurationDocTests
{
    private static readonly string[] RateLimiterKeys =
        ["Groq:RateLimiter:RequestsPerMinute", "Groq:RateLimiter:TokensPerMinute", "Groq:RateLimiter:DefaultCompletionTokens", "Groq:RateLimiter:QueueLimit"];

    private static IConfigurationRoot DocumentedAppSettings()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "docs", "configuration.md")))
        {
            directory = directory.Parent;
        }

        directory.Should().NotBeNull("the tests run inside the repository");
        string markdown = File.ReadAllText(Path.Combine(directory!.FullName, "docs", "configuration.md"));
        int start = markdown.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        string json = markdown[start..markdown.IndexOf("```", start, StringComparison.Ordinal)];
        return new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
    }

    [Fact]
    public void The_documented_appsettings_names_exactly_the_keys_the_connector_reads()
    {
        var documented = DocumentedAppSettings().AsEnumerable().Where(pair => pair.Value is not null).Select(pair => pair.Key);

        documented.Should().BeEquivalentTo(ConfigurationBindingTests.Everything.Keys.Concat(RateLimiterKeys));
    }

    [Fact]
    public void The_documented_appsettings_binds()
    {
        var configuration = DocumentedAppSettings();

        var options = GroqConfiguration.ReadClientOptions(configuration);
        var limiter = GroqConfiguration.ReadRateLimiterOptions(configuration);

        options.Timeout.Should().Be(TimeSpan.FromMinutes(1));
        options.CheckRequestsAgainstModelCatalog.Should().BeTrue();
        options.AudioChunking!.FfmpegPath.Should().Be("/usr/bin/ffmpeg");
        limiter!.RequestsPerMinute.Should().Be(30);
    }
}
