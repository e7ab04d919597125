using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq;
using SemanticKernel.Connectors.Groq.Emulator;

// Sends an image with a question to a vision model: the image travels as a DataContent and reaches Groq as an image_url
// part (a base64 data URL). Without GROQ_API_KEY it runs against the in-process emulator, offline; the emulator does not
// look at images, it names what it received.
string? apiKey = Environment.GetEnvironmentVariable("GROQ_API_KEY");
await using GroqEmulator? emulator = string.IsNullOrEmpty(apiKey) ? await GroqEmulator.StartAsync() : null;
var options = emulator is null
    ? new GroqClientOptions { ApiKey = apiKey }
    : new GroqClientOptions { ApiKey = emulator.ApiKey, Endpoint = emulator.Endpoint };
if (emulator is not null)
{
    Console.WriteLine($"GROQ_API_KEY is not set: using the local Groq emulator at {emulator.Endpoint}.");
}

// A 32x32 PNG: a red square on a white background (a file works the same: new DataContent(File.ReadAllBytes(path), "image/png")).
byte[] png = Convert.FromBase64String(
    "iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAIAAAD8GO2jAAAAL0lEQVR42mP4T2PAMGrBqAVD2II7cnIkoVELRi0YtWDUglELhqcFo1XmqAUjyAIATREPl0ja4k4AAAAASUVORK5CYII=");

using var client = new GroqChatClient("meta-llama/llama-4-scout-17b-16e-instruct", options);
var question = new ChatMessage(ChatRole.User,
[
    new TextContent("What shape and colour do you see in this picture? Answer in one sentence."),
    new DataContent(png, "image/png"),
]);

var response = await client.GetResponseAsync([question], new ChatOptions { MaxOutputTokens = 100 });
Console.WriteLine(response.Text);
Console.WriteLine($"[{png.Length}-byte image, {response.Usage?.InputTokenCount} input tokens]");
