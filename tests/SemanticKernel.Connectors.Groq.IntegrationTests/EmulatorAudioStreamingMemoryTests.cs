using System.Net;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.Emulator;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support;
using static SemanticKernel.Connectors.Groq.IntegrationTests.Support.EmulatorAudioHttp;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>
/// The emulator's streamed audio analysis, measured by the process's allocations, so it runs alone: other tests
/// running beside it would be counted too.
/// </summary>
[Collection(ProcessWideMeasurements.Name)]
public sealed class EmulatorAudioStreamingMemoryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_100_MB_wav_is_analysed_as_it_streams_without_being_buffered()
    {
        const long DataBytes = 100L * 1024 * 1024;
        await using var emulator = await GroqEmulator.StartAsync(new GroqEmulatorOptions { MaxAudioBytes = 110L * 1024 * 1024 }, Ct);
        using var upload = new GeneratedUploadStream(DataBytes, wav: true);
        var before = GC.GetTotalAllocatedBytes(precise: true);

        using var response = await PostStreamAsync(emulator, upload, "long.wav", ("model", Whisper));
        var text = (await ReadJsonAsync(response)).GetProperty("text").GetString()!;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var seconds = (int)Math.Ceiling((DataBytes - 44) / 2 / 16000.0);
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(seconds).And.AllBe("tone440");
        allocated.Should().BeLessThan(50L * 1024 * 1024, "the upload must be streamed through, not copied onto the heap");
        emulator.Requests.Single().Body.Should().BeEmpty();
        emulator.Requests.Single().Files.Single().Length.Should().Be(DataBytes);
    }
}
