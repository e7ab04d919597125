using System.IO.Compression;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.Audio;
using SemanticKernel.Connectors.Groq.Core.Wire;
using SemanticKernel.Connectors.Groq.UnitTests.Support;

namespace SemanticKernel.Connectors.Groq.UnitTests.Audio;

/// <summary>The quality flags of transcript segments, calibrated on Whisper's own rule for the compression ratio.</summary>
public sealed class GroqTranscriptionQualityThresholdsTests
{
    private const double Confident = -0.2;
    private const double Speech = 0.01;

    // Whisper's compression ratio: UTF-8 bytes of the text over its zlib-compressed bytes (zlib.compress, level 6).
    private static double WhisperCompressionRatio(string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(bytes);
        }

        return (double)bytes.Length / compressed.Length;
    }

    [Theory]
    [InlineData(0.69)]
    [InlineData(0.3)]
    [InlineData(1.0)]
    [InlineData(1.6)]
    [InlineData(2.4)]
    public void Default_thresholds_do_not_flag_compression_ratios_up_to_whispers_2_4(double ratio) =>
        GroqTranscriptionQualityThresholds.Default.Judge(Confident, Speech, ratio).Should().Be(GroqSegmentQuality.None);

    [Theory]
    [InlineData(2.41)]
    [InlineData(4.0)]
    public void Default_thresholds_flag_compression_ratios_above_2_4_as_unusual(double ratio) =>
        GroqTranscriptionQualityThresholds.Default.Judge(Confident, Speech, ratio).Should().Be(GroqSegmentQuality.UnusualCompressionRatio);

    [Fact]
    public void Default_minimum_compression_ratio_is_off()
    {
        GroqTranscriptionQualityThresholds.Default.MinCompressionRatio.Should().Be(0);
        GroqTranscriptionQualityThresholds.Default.MaxCompressionRatio.Should().Be(2.4);
    }

    [Fact]
    public void Opt_in_minimum_compression_ratio_flags_what_compresses_below_it()
    {
        var strict = GroqTranscriptionQualityThresholds.Default with { MinCompressionRatio = 1.0 };

        strict.Judge(Confident, Speech, 0.69).Should().Be(GroqSegmentQuality.UnusualCompressionRatio);
        strict.Judge(Confident, Speech, 1.6).Should().Be(GroqSegmentQuality.None);
    }

    [Fact]
    public void Short_normal_sentence_compresses_below_1_and_is_not_flagged()
    {
        double ratio = WhisperCompressionRatio(" Recipe is simple.");

        ratio.Should().BeLessThan(1.0, "zlib adds more bytes than a short sentence saves");
        GroqTranscriptionQualityThresholds.Default.Judge(Confident, Speech, ratio).Should().Be(GroqSegmentQuality.None);
    }

    [Fact]
    public void Repeated_phrase_compresses_above_2_4_and_is_flagged()
    {
        double ratio = WhisperCompressionRatio(string.Concat(Enumerable.Repeat(" Thank you.", 12)));

        ratio.Should().BeGreaterThan(2.4);
        GroqTranscriptionQualityThresholds.Default.Judge(Confident, Speech, ratio).Should().Be(GroqSegmentQuality.UnusualCompressionRatio);
    }

    [Theory]
    [InlineData("groq-transcription.json")]
    [InlineData("groq-transcription-text.json")]
    public void Recorded_Groq_transcript_as_one_segment_is_not_flagged(string fixture)
    {
        using var recorded = JsonDocument.Parse(TestData.Read(fixture));
        string text = recorded.RootElement.TryGetProperty("text", out var t) ? t.GetString()! : recorded.RootElement.GetProperty("body").GetString()!;
        double ratio = WhisperCompressionRatio(text);

        GroqTranscriptionQualityThresholds.Default.Judge(Confident, Speech, ratio).Should().Be(GroqSegmentQuality.None, $"its ratio is {ratio:F2}");
    }

    [Fact]
    public void Verbose_answer_with_a_short_segment_maps_to_an_unflagged_segment()
    {
        const string Body = """
            {"text":" Recipe is simple.","segments":[{"id":0,"seek":0,"start":0.0,"end":1.4,"text":" Recipe is simple.",
            "tokens":[1,2,3],"temperature":0.0,"avg_logprob":-0.21,"compression_ratio":0.6923077,"no_speech_prob":0.004}]}
            """;
        var wire = JsonSerializer.Deserialize(Body, GroqJsonContext.Default.WireTranscription)!;

        var transcript = TranscriptMapper.FromWire(wire, null, GroqTranscriptionQualityThresholds.Default);

        transcript.Segments!.Single().Quality.Should().Be(GroqSegmentQuality.None);
    }
}
