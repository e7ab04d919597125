using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq;
using SemanticKernel.Connectors.Groq.Emulator;

// Text to speech with an Orpheus voice, written to a WAV file, then transcribed back with Whisper.
//   dotnet run --project examples/Speech -- [output.wav]      (default: groq-speech.wav in the temp folder)
// Without GROQ_API_KEY it runs against the in-process emulator, offline: its voice is a 440 Hz tone and its Whisper names
// the tones it hears, so the transcript is "tone440 ..." (docs/emulator.md says why).
string path = Path.GetFullPath(args.FirstOrDefault() ?? Path.Combine(Path.GetTempPath(), "groq-speech.wav"));
string? directory = Path.GetDirectoryName(path);
if (directory is not null && !Directory.Exists(directory))
{
    Console.Error.WriteLine($"No such folder for the output file: {directory}");
    return 1;
}

string? apiKey = Environment.GetEnvironmentVariable("GROQ_API_KEY");
await using GroqEmulator? emulator = string.IsNullOrEmpty(apiKey) ? await GroqEmulator.StartAsync() : null;
var options = emulator is null
    ? new GroqClientOptions { ApiKey = apiKey }
    : new GroqClientOptions { ApiKey = emulator.ApiKey, Endpoint = emulator.Endpoint };
if (emulator is not null)
{
    Console.WriteLine($"GROQ_API_KEY is not set: using the local Groq emulator at {emulator.Endpoint}.");
}

const string Text = "Groq turns text into speech, and speech back into text.";
using var voice = new GroqTextToSpeechClient("canopylabs/orpheus-v1-english", options);
var speech = await voice.GetAudioAsync(Text, new TextToSpeechOptions { VoiceId = "troy", AudioFormat = "wav" });
var audio = speech.Contents.OfType<DataContent>().Single();
await File.WriteAllBytesAsync(path, audio.Data.ToArray());
Console.WriteLine($"Wrote {audio.Data.Length:N0} bytes of {audio.MediaType} to {path}");

using var whisper = new GroqSpeechToTextClient("whisper-large-v3-turbo", options);
await using var file = File.OpenRead(path);
var transcript = await whisper.GetTextAsync(file, new SpeechToTextOptions
{
    SpeechLanguage = "en",
    AdditionalProperties = new() { [GroqSpeechOptionKeys.ResponseFormat] = "verbose_json" },
});
Console.WriteLine($"Transcribed back: {transcript.Text.Trim()}");
Console.WriteLine($"[{transcript.EndTime?.TotalSeconds:0.00} s of audio]");
return 0;
