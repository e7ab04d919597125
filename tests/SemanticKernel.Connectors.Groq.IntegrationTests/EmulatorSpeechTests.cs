using System.Buffers.Binary;
using System.Net;
using System.Text;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.Emulator;
using static SemanticKernel.Connectors.Groq.IntegrationTests.Support.EmulatorAudioHttp;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>The emulator's text to speech endpoint, spoken to with raw HTTP: WAV, compressed and mu-law audio of a 440 Hz tone.</summary>
public sealed class EmulatorSpeechTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Speech_returns_a_pcm16_mono_wav_lasting_60_ms_per_character()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        using var response = await PostSpeechAsync(emulator, """{"model":"canopylabs/orpheus-v1-english","input":"Hello","voice":"autumn","sample_rate":16000}""");
        var wav = await response.Content.ReadAsByteArrayAsync(Ct);
        using var defaults = await PostSpeechAsync(emulator, """{"model":"canopylabs/orpheus-arabic-saudi","input":"مرحبا","voice":"noura","response_format":"wav","speed":1.5}""");
        var defaultWav = await defaults.Content.ReadAsByteArrayAsync(Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("audio/wav");
        Encoding.ASCII.GetString(wav, 0, 4).Should().Be("RIFF");
        Encoding.ASCII.GetString(wav, 8, 8).Should().Be("WAVEfmt ");
        BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(4)).Should().Be(wav.Length - 8);
        BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(20)).Should().Be(1);
        BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(22)).Should().Be(1);
        BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(24)).Should().Be(16000);
        BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(34)).Should().Be(16);
        Encoding.ASCII.GetString(wav, 36, 4).Should().Be("data");
        BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(40)).Should().Be(5 * 960 * 2);
        defaults.StatusCode.Should().Be(HttpStatusCode.OK);
        BinaryPrimitives.ReadInt32LittleEndian(defaultWav.AsSpan(24)).Should().Be(24000);
        BinaryPrimitives.ReadInt32LittleEndian(defaultWav.AsSpan(40)).Should().Be(5 * 1440 * 2);
    }

    [Fact]
    public async Task Speech_wav_transcribes_back_to_its_440_hz_tone()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var speech = await PostSpeechAsync(emulator, """{"model":"canopylabs/orpheus-v1-english","input":"Twenty characters!!!","voice":"daniel"}""");
        var wav = await speech.Content.ReadAsByteArrayAsync(Ct);

        var (_, json) = await TranscribeJsonAsync(emulator, wav, ("model", Whisper), ("response_format", "verbose_json"));

        json.GetProperty("duration").GetDouble().Should().BeApproximately(1.2, 1e-9);
        json.GetProperty("text").GetString().Should().Be(" tone440 tone440");
    }

    [Theory]
    [InlineData("mp3", "audio/mpeg", "ID3")]
    [InlineData("flac", "audio/flac", "fLaC")]
    [InlineData("ogg", "audio/ogg", "OggS")]
    public async Task Speech_in_other_formats_starts_with_the_format_magic(string format, string contentType, string magic)
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        using var response = await PostSpeechAsync(emulator, $$"""{"model":"canopylabs/orpheus-v1-english","input":"Hello","voice":"hannah","response_format":"{{format}}"}""");
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        using var again = await PostSpeechAsync(emulator, $$"""{"model":"canopylabs/orpheus-v1-english","input":"Hello","voice":"hannah","response_format":"{{format}}"}""");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(contentType);
        Encoding.ASCII.GetString(bytes, 0, magic.Length).Should().Be(magic);
        (await again.Content.ReadAsByteArrayAsync(Ct)).Should().Equal(bytes);
    }

    [Fact]
    public async Task Speech_mulaw_is_one_raw_byte_per_sample()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        using var response = await PostSpeechAsync(emulator, """{"model":"canopylabs/orpheus-v1-english","input":"Hello","voice":"troy","response_format":"mulaw","sample_rate":8000}""");
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);

        response.Content.Headers.ContentType!.MediaType.Should().Be("audio/basic");
        bytes.Should().HaveCount(5 * 480);
        bytes[0].Should().Be(0xFF, "mu-law encodes the first sample, 0, as 0xFF");
    }
}
