using System.Buffers.Binary;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace SemanticKernel.Connectors.Groq.Benchmarks;

/// <summary>
/// Scenario D: one transcription upload of a 24 MiB WAV (just under the 25 MiB chunking limit, so it goes as a single
/// request) through the in-memory handler, which drains the multipart body with <c>CopyToAsync</c> into a
/// <see cref="SocketLikeSink"/> that copies it through a 16 KB scratch buffer and keeps none of it. What is measured is
/// the managed memory the client side needs to send the file: it should be a small constant, not proportional to the
/// upload. Each category (where the audio comes from) has its own
/// raw baseline: a hand-written <see cref="MultipartFormDataContent"/> with a <see cref="StreamContent"/> over the same
/// kind of stream. Every path opens its stream inside the benchmark (the cost is included, and is the same for the
/// baseline); the WAV file and the in-memory copy are made once in <see cref="Setup"/>.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
// A short job (1-2 minutes for the 8 rows on 2 cores): one process per row, 3 warm-up and 10 measured iterations of
// about 200 ms each (the pilot picks how many calls make 200 ms: 6 for the slowest row, 80 for the fastest).
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 10)]
[IterationTime(200)]
public class AudioUploadBenchmarks
{
    public const string Model = "whisper-large-v3-turbo";
    public const string ExpectedText = " hello";

    /// <summary>
    /// 24 MiB of 16-bit mono 16 kHz PCM (786.4 s of audio), plus a 44-byte header: 25,165,868 bytes. The environment
    /// variable <c>GROQ_BENCH_AUDIO_MIB</c> (1 to 24) sets another size, to see whether the allocations grow with it.
    /// </summary>
    public static readonly int PcmBytes =
        (int.TryParse(Environment.GetEnvironmentVariable("GROQ_BENCH_AUDIO_MIB"), out int mib) && mib is >= 1 and <= 24 ? mib : 24) * 1024 * 1024;

    private const string FileStreamCategory = "FileStream";
    private const string MemoryStreamCategory = "MemoryStream";
    private const string ForwardOnlyCategory = "Forward-only";

    private static readonly Uri TranscriptionsUri = new("https://api.groq.com/openai/v1/audio/transcriptions");
    private static readonly AuthenticationHeaderValue Authorization = new("Bearer", Scenario.ApiKey);
    private static readonly MediaTypeHeaderValue WavContentType = new("audio/wav");

    private CannedHttpHandler _handler = null!;
    private HttpClient _httpClient = null!;
    private GroqSpeechToTextClient _speechToText = null!;
    private GroqAudioToTextService _audioToText = null!;
    private DirectoryInfo _directory = null!;
    private string _wavPath = null!;
    private Uri _wavUri = null!;
    private byte[] _wav = null!;

    [GlobalSetup]
    public void Setup()
    {
        _wav = CreateWav(PcmBytes);
        _directory = Directory.CreateTempSubdirectory("groq-audio-bench-");
        _wavPath = Path.Combine(_directory.FullName, "speech.wav");
        File.WriteAllBytes(_wavPath, _wav);
        _wavUri = new Uri(_wavPath);

        _handler = new CannedHttpHandler(
            """{"text":" hello","x_groq":{"id":"req_x"}}"""u8.ToArray(), "application/json", asStream: false, drain: new SocketLikeSink());
        _httpClient = new HttpClient(_handler, disposeHandler: true);
        _speechToText = new GroqSpeechToTextClient(Model, Scenario.GroqOptions(), _httpClient);
        _audioToText = new GroqAudioToTextService(Model, Scenario.GroqOptions(), _httpClient);
        VerifyAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _speechToText.Dispose();
        _httpClient.Dispose();
        _directory.Delete(recursive: true);
    }

    // FileStream: File.OpenRead of the WAV on disk, seekable.
    [BenchmarkCategory(FileStreamCategory)]
    [Benchmark(Baseline = true, Description = "Raw HttpClient + MultipartFormDataContent")]
    public async Task<string> RawFile()
    {
        await using var stream = File.OpenRead(_wavPath);
        return await RawTranscribeAsync(stream, "speech.wav");
    }

    [BenchmarkCategory(FileStreamCategory)]
    [Benchmark(Description = "GroqSpeechToTextClient")]
    public async Task<string> GroqFile()
    {
        await using var stream = File.OpenRead(_wavPath);
        return (await _speechToText.GetTextAsync(stream)).Text;
    }

    // SK with a file: URI; the service opens the file itself with File.OpenRead.
    [BenchmarkCategory(FileStreamCategory)]
    [Benchmark(Description = "GroqAudioToTextService (file: URI)")]
    public async Task<string> GroqServiceFile() =>
        (await _audioToText.GetTextContentsAsync(new AudioContent(_wavUri))).Single().Text!;

    // MemoryStream over the byte[] made in setup: seekable, in memory.
    [BenchmarkCategory(MemoryStreamCategory)]
    [Benchmark(Baseline = true, Description = "Raw HttpClient + MultipartFormDataContent")]
    public Task<string> RawMemory() => RawTranscribeAsync(new MemoryStream(_wav, writable: false), "audio.wav");

    [BenchmarkCategory(MemoryStreamCategory)]
    [Benchmark(Description = "GroqSpeechToTextClient")]
    public async Task<string> GroqMemory() => (await _speechToText.GetTextAsync(new MemoryStream(_wav, writable: false))).Text;

    // SK with the same byte[] as AudioContent data.
    [BenchmarkCategory(MemoryStreamCategory)]
    [Benchmark(Description = "GroqAudioToTextService (byte[] data)")]
    public async Task<string> GroqServiceMemory() =>
        (await _audioToText.GetTextContentsAsync(new AudioContent(_wav, "audio/wav"))).Single().Text!;

    // Forward-only: a wrapper over File.OpenRead: the raw path sends it chunked as it reads; the connector first
    // spools it to a temporary file (so a retry can send it again), then uploads that.
    [BenchmarkCategory(ForwardOnlyCategory)]
    [Benchmark(Baseline = true, Description = "Raw HttpClient + MultipartFormDataContent")]
    public async Task<string> RawForwardOnly()
    {
        await using var stream = new ForwardOnlyStream(File.OpenRead(_wavPath));
        return await RawTranscribeAsync(stream, "speech.wav");
    }

    [BenchmarkCategory(ForwardOnlyCategory)]
    [Benchmark(Description = "GroqSpeechToTextClient")]
    public async Task<string> GroqForwardOnly()
    {
        await using var stream = new ForwardOnlyStream(File.OpenRead(_wavPath));
        return (await _speechToText.GetTextAsync(stream)).Text;
    }

    /// <summary>
    /// Runs every path once with the request body captured and throws unless each sent exactly one request to the
    /// transcriptions endpoint whose multipart body holds the whole WAV, the model and <c>response_format=json</c>, and
    /// read the answer's text.
    /// </summary>
    internal async Task VerifyAsync()
    {
        (string Name, Func<Task<string>> Call)[] paths =
        [
            ("raw FileStream", RawFile),
            ("GroqSpeechToTextClient FileStream", GroqFile),
            ("GroqAudioToTextService file URI", GroqServiceFile),
            ("raw MemoryStream", RawMemory),
            ("GroqSpeechToTextClient MemoryStream", GroqMemory),
            ("GroqAudioToTextService byte[]", GroqServiceMemory),
            ("raw forward-only", RawForwardOnly),
            ("GroqSpeechToTextClient forward-only", GroqForwardOnly),
        ];

        foreach (var (name, call) in paths)
        {
            _handler.Capture = true;
            int before = _handler.Requests;
            string text;
            try
            {
                text = await call();
            }
            finally
            {
                _handler.Capture = false;
            }

            if (_handler.Requests != before + 1)
            {
                throw new InvalidOperationException($"Audio upload: {name} sent {_handler.Requests - before} requests, expected 1.");
            }

            if (_handler.LastRequestUri != TranscriptionsUri)
            {
                throw new InvalidOperationException($"Audio upload: {name} sent to {_handler.LastRequestUri}, expected {TranscriptionsUri}.");
            }

            byte[] body = _handler.LastRequestBody ?? throw new InvalidOperationException($"Audio upload: {name} sent no body.");
            if (body.AsSpan().IndexOf(_wav) < 0)
            {
                throw new InvalidOperationException($"Audio upload: {name}'s {body.Length}-byte body does not hold the {_wav.Length}-byte WAV.");
            }

            if (body.Length - _wav.Length > 2048)
            {
                throw new InvalidOperationException($"Audio upload: {name}'s body is {body.Length - _wav.Length} bytes more than the WAV.");
            }

            // Everything but the audio: the part headers before it and the other fields after it.
            int at = body.AsSpan().IndexOf(_wav);
            string fields = Encoding.ASCII.GetString(body, 0, at) + Encoding.ASCII.GetString(body, at + _wav.Length, body.Length - at - _wav.Length);
            foreach (var (field, value) in new[] { ("model", Model), ("response_format", "json") })
            {
                if (!Regex.IsMatch(fields, $"name=\"?{field}\"?\r\n(?:[^\r\n]+\r\n)*\r\n{Regex.Escape(value)}\r\n"))
                {
                    throw new InvalidOperationException($"Audio upload: {name} did not send {field}={value}: {fields}");
                }
            }

            if (!Regex.IsMatch(fields, "name=\"?file\"?; filename=\"?[a-z]+\\.wav\"?"))
            {
                throw new InvalidOperationException($"Audio upload: {name} did not send the file part as a .wav: {fields}");
            }

            Scenario.RequireSame("Audio upload", "the canned answer", ExpectedText, name, text);
        }

        Console.WriteLine($"// Verified audio upload: {paths.Length} paths each sent the whole {_wav.Length:N0}-byte WAV in one request and read the same text.");
    }

    /// <summary>What a hand-written caller would do: a multipart body with the caller's stream, parsed with JsonDocument.</summary>
    private async Task<string> RawTranscribeAsync(Stream audio, string fileName)
    {
        using var content = new MultipartFormDataContent();
        var file = new StreamContent(audio);
        file.Headers.ContentType = WavContentType;
        content.Add(file, "file", fileName);
        content.Add(new StringContent(Model), "model");
        content.Add(new StringContent("json"), "response_format");
        using var request = new HttpRequestMessage(HttpMethod.Post, TranscriptionsUri) { Content = content };
        request.Headers.Authorization = Authorization;
        using var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var doc = await JsonDocument.ParseAsync(stream);
        return doc.RootElement.GetProperty("text").GetString() ?? string.Empty;
    }

    /// <summary>A canonical 44-byte-header WAV (PCM, 16-bit, mono, 16 kHz) with <paramref name="dataBytes"/> bytes of a 440 Hz tone.</summary>
    internal static byte[] CreateWav(int dataBytes)
    {
        const int sampleRate = 16000;
        var wav = new byte[44 + dataBytes];
        var span = wav.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)(36 + dataBytes));
        "WAVE"u8.CopyTo(span[8..]);
        "fmt "u8.CopyTo(span[12..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(span[20..], 1); // PCM
        BinaryPrimitives.WriteUInt16LittleEndian(span[22..], 1); // mono
        BinaryPrimitives.WriteUInt32LittleEndian(span[24..], sampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(span[28..], sampleRate * 2); // byte rate
        BinaryPrimitives.WriteUInt16LittleEndian(span[32..], 2); // block align
        BinaryPrimitives.WriteUInt16LittleEndian(span[34..], 16); // bits per sample
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[40..], (uint)dataBytes);

        // One period of 440 Hz does not fit 16 kHz exactly; a 400-sample table (11 periods) repeats without a seam.
        var period = new short[400];
        for (int i = 0; i < period.Length; i++)
        {
            period[i] = (short)(8000 * Math.Sin(2 * Math.PI * 440 * i / sampleRate));
        }

        var samples = span[44..];
        for (int i = 0; i < dataBytes / 2; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(samples[(2 * i)..], period[i % period.Length]);
        }

        return wav;
    }

    /// <summary>
    /// Where the handler drains request bodies: like a socket send, it copies every byte written, in pieces of at most
    /// 16 KB, into one scratch buffer that is reused (allocated once), and keeps nothing. <see cref="Stream.Null"/> would
    /// let a <see cref="MemoryStream"/> body be "sent" without its bytes ever being read (MemoryStream.CopyToAsync hands
    /// its whole array to one Write), which no real transport does.
    /// </summary>
    private sealed class SocketLikeSink : Stream
    {
        private readonly byte[] _scratch = new byte[16 * 1024];

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            while (buffer.Length > 0)
            {
                int piece = Math.Min(buffer.Length, _scratch.Length);
                buffer[..piece].CopyTo(_scratch);
                buffer = buffer[piece..];
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return default;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>A stream that can only be read forward (no seeking, no length), as a network or pipe stream would be.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => inner.Read(buffer);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(buffer, cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
