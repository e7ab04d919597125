using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq;
using SemanticKernel.Connectors.Groq.Emulator;

// Transcribes (or, with --translate, translates into English) an audio file of any size, with a progress bar when it
// is chunked, and lists the segments Whisper was unsure about. Without GROQ_API_KEY it runs on the in-process emulator.
//   dotnet run --project examples/Transcribe -- <file> [--translate] [--language xx]
string? path = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !IsOptionValue(a));
if (path is null)
{
    path = Path.Combine(AppContext.BaseDirectory, "speech-en-16k.wav");
    Console.WriteLine($"No file given: transcribing the sample {Path.GetFileName(path)}.");
}

if (!File.Exists(path))
{
    Console.Error.WriteLine($"No such audio file: {path}");
    return 1;
}

bool translate = args.Contains("--translate");
string? language = Option("--language");

string? apiKey = Environment.GetEnvironmentVariable("GROQ_API_KEY");
await using GroqEmulator? emulator = string.IsNullOrEmpty(apiKey) ? await GroqEmulator.StartAsync() : null;
var options = emulator is null
    ? new GroqClientOptions { ApiKey = apiKey, Timeout = TimeSpan.FromMinutes(5) }
    : new GroqClientOptions { ApiKey = emulator.ApiKey, Endpoint = emulator.Endpoint };
if (emulator is not null)
{
    Console.WriteLine($"GROQ_API_KEY is not set: using the local Groq emulator at {emulator.Endpoint}.");
}

using var client = new GroqSpeechToTextClient(translate ? "whisper-large-v3" : "whisper-large-v3-turbo", options);
var progress = new Progress<GroqTranscriptionProgress>(p =>
{
    if (p.ChunksTotal > 1)
    {
        int width = 30, filled = width * p.ChunksDone / p.ChunksTotal;
        Console.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {p.ChunksDone}/{p.ChunksTotal} chunks");
    }
});

var speechOptions = new SpeechToTextOptions
{
    SpeechLanguage = language,
    TextLanguage = translate ? "en" : null,
    AdditionalProperties = new()
    {
        [GroqSpeechOptionKeys.ResponseFormat] = "verbose_json",
        [GroqSpeechOptionKeys.Progress] = progress,
    },
};

await using var audio = File.OpenRead(path);
var response = await client.GetTextAsync(audio, speechOptions);
Console.WriteLine();
Console.WriteLine(response.Text.Trim());
Console.WriteLine($"[{response.AdditionalProperties?[GroqMetadataKeys.Language]}, {response.EndTime:hh\\:mm\\:ss\\.f}, request {response.ResponseId}]");

var segments = response.AdditionalProperties?[GroqMetadataKeys.Segments] as IReadOnlyList<GroqTranscriptionSegment> ?? [];
var flagged = segments.Where(s => s.Quality != GroqSegmentQuality.None).ToList();
Console.WriteLine(flagged.Count == 0
    ? $"None of the {segments.Count} segments flagged as doubtful."
    : $"{flagged.Count} of {segments.Count} segments flagged as doubtful:");
foreach (var segment in flagged)
{
    Console.WriteLine($"  {segment.Start:hh\\:mm\\:ss\\.f}-{segment.End:hh\\:mm\\:ss\\.f} {segment.Quality}: \"{segment.Text.Trim()}\"");
}

return 0;

string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

bool IsOptionValue(string arg) => args.Select((a, i) => (a, i)).Any(x => x.a == arg && x.i > 0 && args[x.i - 1] == "--language");
