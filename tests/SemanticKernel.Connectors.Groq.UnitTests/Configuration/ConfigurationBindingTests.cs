using System.Reflection;
using FluentAssertions;
using Microsoft.Extensions.Configuration;

namespace SemanticKernel.Connectors.Groq.UnitTests.Configuration;

/// <summary><see cref="GroqConfiguration"/>: every option binds from the <c>Groq</c> section, missing keys keep their defaults.</summary>
public sealed class ConfigurationBindingTests
{
    // One non-default value for every bindable option; the drift test below keeps this list complete.
    internal static readonly Dictionary<string, string?> Everything = new()
    {
        ["Groq:Endpoint"] = "http://groq.test/openai/v1",
        ["Groq:ApiKey"] = "gsk_from_config",
        ["Groq:MaxRetries"] = "5",
        ["Groq:Timeout"] = "00:01:30",
        ["Groq:MaxResponseBytes"] = "1048576",
        ["Groq:MaxErrorBodyBytes"] = "2048",
        ["Groq:MaxStreamEventBytes"] = "65536",
        ["Groq:MaxStreamCharacters"] = "100000",
        ["Groq:ModelCatalogLifetime"] = "00:05:00",
        ["Groq:CheckRequestsAgainstModelCatalog"] = "true",
        ["Groq:AudioChunking:MaxUploadBytes"] = "1000000",
        ["Groq:AudioChunking:ChunkDuration"] = "00:02:00",
        ["Groq:AudioChunking:Overlap"] = "00:00:05",
        ["Groq:AudioChunking:MaxConcurrency"] = "2",
        ["Groq:AudioChunking:FfmpegPath"] = "/opt/ffmpeg/bin/ffmpeg",
        ["Groq:TranscriptionQualityThresholds:MinAvgLogprob"] = "-0.8",
        ["Groq:TranscriptionQualityThresholds:MaxNoSpeechProb"] = "0.6",
        ["Groq:TranscriptionQualityThresholds:MinCompressionRatio"] = "0.5",
        ["Groq:TranscriptionQualityThresholds:MaxCompressionRatio"] = "3",
    };

    private static IConfigurationRoot Config(IDictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    [Fact]
    public void Every_option_binds_from_the_Groq_section_of_the_root()
    {
        var options = GroqConfiguration.ReadClientOptions(Config(Everything));

        options.Endpoint.Should().Be(new Uri("http://groq.test/openai/v1"));
        options.ApiKey.Should().Be("gsk_from_config");
        options.MaxRetries.Should().Be(5);
        options.Timeout.Should().Be(TimeSpan.FromSeconds(90));
        options.MaxResponseBytes.Should().Be(1048576);
        options.MaxErrorBodyBytes.Should().Be(2048);
        options.MaxStreamEventBytes.Should().Be(65536);
        options.MaxStreamCharacters.Should().Be(100000);
        options.ModelCatalogLifetime.Should().Be(TimeSpan.FromMinutes(5));
        options.CheckRequestsAgainstModelCatalog.Should().BeTrue();
        options.RateLimiter.Should().BeNull();
        options.AudioChunking.Should().Be(new GroqAudioChunkingOptions
        {
            MaxUploadBytes = 1000000,
            ChunkDuration = TimeSpan.FromMinutes(2),
            Overlap = TimeSpan.FromSeconds(5),
            MaxConcurrency = 2,
            FfmpegPath = "/opt/ffmpeg/bin/ffmpeg",
        });
        options.TranscriptionQualityThresholds.Should().Be(new GroqTranscriptionQualityThresholds
        {
            MinAvgLogprob = -0.8,
            MaxNoSpeechProb = 0.6,
            MinCompressionRatio = 0.5,
            MaxCompressionRatio = 3,
        });
    }

    [Fact]
    public void Every_settable_option_has_a_configuration_key_except_the_live_rate_limiter()
    {
        static IEnumerable<string> Settable(Type type) => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true }).Select(p => p.Name);

        var keys = Everything.Keys.Select(k => k["Groq:".Length..]).ToList();

        keys.Select(k => k.Split(':')[0]).Distinct()
            .Should().BeEquivalentTo(Settable(typeof(GroqClientOptions)).Except([nameof(GroqClientOptions.RateLimiter)]));
        keys.Where(k => k.StartsWith("AudioChunking:", StringComparison.Ordinal)).Select(k => k["AudioChunking:".Length..])
            .Should().BeEquivalentTo(Settable(typeof(GroqAudioChunkingOptions)));
        keys.Where(k => k.StartsWith("TranscriptionQualityThresholds:", StringComparison.Ordinal)).Select(k => k["TranscriptionQualityThresholds:".Length..])
            .Should().BeEquivalentTo(Settable(typeof(GroqTranscriptionQualityThresholds)));
    }

    [Fact]
    public void The_Groq_section_itself_binds_like_the_root()
    {
        var root = Config(Everything);

        var fromSection = GroqConfiguration.ReadClientOptions(root.GetSection(GroqConfiguration.SectionName));

        fromSection.ApiKey.Should().Be("gsk_from_config");
        fromSection.MaxRetries.Should().Be(5);
        fromSection.AudioChunking!.FfmpegPath.Should().Be("/opt/ffmpeg/bin/ffmpeg");
    }

    [Fact]
    public void A_root_without_a_Groq_section_lends_none_of_its_own_keys_to_the_options()
    {
        // An app's own root-level Endpoint, ApiKey or RateLimiter (environment variables included) are not Groq's.
        var root = Config(new Dictionary<string, string?>
        {
            ["Endpoint"] = "http://app-service.test/",
            ["ApiKey"] = "other-service-key",
            ["MaxRetries"] = "7",
            ["RateLimiter:RequestsPerMinute"] = "5",
        });

        var options = GroqConfiguration.ReadClientOptions(root);

        options.ApiKey.Should().BeNull();
        options.Endpoint.Should().NotBe(new Uri("http://app-service.test/"));
        options.MaxRetries.Should().Be(2);
        GroqConfiguration.ReadRateLimiterOptions(root).Should().BeNull();
    }

    [Fact]
    public void A_section_of_any_name_is_read_as_the_Groq_section()
    {
        var root = Config(new Dictionary<string, string?> { ["MyGroq:ApiKey"] = "gsk_from_my_section", ["MyGroq:MaxRetries"] = "4" });

        var options = GroqConfiguration.ReadClientOptions(root.GetSection("MyGroq"));

        options.ApiKey.Should().Be("gsk_from_my_section");
        options.MaxRetries.Should().Be(4);
    }

    [Fact]
    public void Keys_the_section_does_not_give_keep_their_defaults()
    {
        var options = GroqConfiguration.ReadClientOptions(Config(new Dictionary<string, string?>
        {
            ["Groq:MaxRetries"] = "0",
            ["Groq:AudioChunking:FfmpegPath"] = "ffmpeg7",
        }));
        var defaults = new GroqClientOptions();

        options.MaxRetries.Should().Be(0);
        options.ApiKey.Should().BeNull("GROQ_API_KEY is read when the client is created");
        options.Timeout.Should().Be(defaults.Timeout);
        options.MaxResponseBytes.Should().Be(defaults.MaxResponseBytes);
        options.ModelCatalogLifetime.Should().Be(defaults.ModelCatalogLifetime);
        options.AudioChunking.Should().Be(GroqAudioChunkingOptions.Default with { FfmpegPath = "ffmpeg7" });
    }

    [Fact]
    public void No_Groq_section_gives_the_default_options()
    {
        var options = GroqConfiguration.ReadClientOptions(Config(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" }));

        options.ApiKey.Should().BeNull();
        options.MaxRetries.Should().Be(2);
        options.Timeout.Should().Be(TimeSpan.FromSeconds(60));
        options.AudioChunking.Should().BeNull();
        options.TranscriptionQualityThresholds.Should().BeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_key_or_endpoint_in_configuration_counts_as_not_given(string blank)
    {
        var options = GroqConfiguration.ReadClientOptions(Config(new Dictionary<string, string?>
        {
            ["Groq:ApiKey"] = blank,
            ["Groq:Endpoint"] = "",
            ["Groq:MaxRetries"] = "1",
        }));

        options.ApiKey.Should().BeNull("a template's empty key must leave GROQ_API_KEY to supply it");
        options.MaxRetries.Should().Be(1);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_refused_naming_its_key_and_not_echoing_the_api_key()
    {
        var config = Config(new Dictionary<string, string?> { ["Groq:ApiKey"] = "gsk_secret_value", ["Groq:Timeout"] = "ninety seconds" });

        var act = () => GroqConfiguration.ReadClientOptions(config);

        act.Should().Throw<InvalidOperationException>().Which.ToString().Should().Contain("Groq:Timeout").And.NotContain("gsk_secret_value");
    }

    [Theory]
    [InlineData("localhost:8080")]
    [InlineData("api.groq.com/openai/v1")]
    [InlineData("ftp://groq.test/openai/v1")]
    public void An_endpoint_that_is_not_an_absolute_http_url_is_refused_when_the_client_is_created(string endpoint)
    {
        var options = GroqConfiguration.ReadClientOptions(Config(new Dictionary<string, string?>
        {
            ["Groq:ApiKey"] = "gsk_secret_value",
            ["Groq:Endpoint"] = endpoint,
        }));

        var act = () => new GroqChatClient("llama-3.3-70b-versatile", options);

        act.Should().Throw<ArgumentException>()
            .WithMessage("*GroqClientOptions.Endpoint*absolute http or https URL*")
            .Which.ToString().Should().NotContain("gsk_secret_value");
    }

    [Theory]
    [InlineData("Groq:Timeout")]
    [InlineData("Groq:ModelCatalogLifetime")]
    [InlineData("Groq:AudioChunking:ChunkDuration")]
    [InlineData("Groq:AudioChunking:Overlap")]
    public void A_time_span_written_as_a_bare_number_is_refused_rather_than_read_as_days(string key)
    {
        // TimeSpan.Parse("30") is 30 days: "Timeout": "30" meant as seconds would wait a month.
        var config = Config(new Dictionary<string, string?> { ["Groq:ApiKey"] = "gsk_secret_value", [key] = "30" });

        var act = () => GroqConfiguration.ReadClientOptions(config);

        act.Should().Throw<InvalidOperationException>().WithMessage($"*{key}*00:00:30*").Which.ToString().Should().NotContain("gsk_secret_value");
    }

    [Fact]
    public void A_time_span_with_days_written_out_is_still_read()
    {
        var options = GroqConfiguration.ReadClientOptions(Config(new Dictionary<string, string?> { ["Groq:ModelCatalogLifetime"] = "1.00:00:00" }));

        options.ModelCatalogLifetime.Should().Be(TimeSpan.FromDays(1));
    }

    [Fact]
    public void The_RateLimiter_subsection_gives_rate_limiter_options_and_its_absence_none()
    {
        var config = Config(new Dictionary<string, string?>
        {
            ["Groq:ApiKey"] = "k",
            ["Groq:RateLimiter:RequestsPerMinute"] = "30",
            ["Groq:RateLimiter:TokensPerMinute"] = "6000",
            ["Groq:RateLimiter:DefaultCompletionTokens"] = "256",
            ["Groq:RateLimiter:QueueLimit"] = "10",
        });

        var limiter = GroqConfiguration.ReadRateLimiterOptions(config);

        limiter.Should().BeEquivalentTo(new GroqRateLimiterOptions { RequestsPerMinute = 30, TokensPerMinute = 6000, DefaultCompletionTokens = 256, QueueLimit = 10 });
        GroqConfiguration.ReadClientOptions(config).RateLimiter.Should().BeNull("a limiter is a live object the container creates, not a value");
        GroqConfiguration.ReadRateLimiterOptions(Config(Everything)).Should().BeNull();
    }
}
