using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq;
using SemanticKernel.Connectors.Groq.Emulator;

// Reasoning models think before they answer. reasoning_format (qwen/qwen3-32b) says where the thinking goes: "parsed" puts it
// in message.reasoning, which arrives as TextReasoningContent apart from the answer; "raw" leaves it in the text between
// <think> tags; "hidden" drops it. ChatOptions.Reasoning.Effort becomes reasoning_effort (openai/gpt-oss-20b: low, medium or
// high), and include_reasoning asks gpt-oss models to return their reasoning.
// Without GROQ_API_KEY it runs against the in-process emulator, offline.
string? apiKey = Environment.GetEnvironmentVariable("GROQ_API_KEY");
await using GroqEmulator? emulator = string.IsNullOrEmpty(apiKey) ? await GroqEmulator.StartAsync() : null;
var options = emulator is null
    ? new GroqClientOptions { ApiKey = apiKey }
    : new GroqClientOptions { ApiKey = emulator.ApiKey, Endpoint = emulator.Endpoint };
if (emulator is not null)
{
    Console.WriteLine($"GROQ_API_KEY is not set: using the local Groq emulator at {emulator.Endpoint}.");
}

const string Question = "How many times does the letter r appear in strawberry?";

// 1. Where the reasoning goes.
using var qwen = new GroqChatClient("qwen/qwen3-32b", options);
foreach (string format in new[] { "parsed", "raw" })
{
    var response = await qwen.GetResponseAsync(Question, new ChatOptions
    {
        AdditionalProperties = new() { [GroqChatOptionKeys.ReasoningFormat] = format },
    });
    Console.WriteLine($"--- qwen/qwen3-32b, reasoning_format {format} ---");
    Console.WriteLine($"Reasoning: {ReasoningOf(response)}");
    Console.WriteLine($"Answer:    {response.Text}");
}

// 2. How hard it thinks.
using var gptOss = new GroqChatClient("openai/gpt-oss-20b", options);
foreach (var effort in new[] { ReasoningEffort.Low, ReasoningEffort.High })
{
    var response = await gptOss.GetResponseAsync(Question, new ChatOptions
    {
        Reasoning = new ReasoningOptions { Effort = effort },
        AdditionalProperties = new() { [GroqChatOptionKeys.IncludeReasoning] = true },
    });
    Console.WriteLine($"--- openai/gpt-oss-20b, effort {effort} ---");
    Console.WriteLine($"Reasoning: {ReasoningOf(response)}");
    Console.WriteLine($"Answer:    {response.Text}");
    Console.WriteLine($"[{response.Usage?.ReasoningTokenCount} reasoning tokens of {response.Usage?.OutputTokenCount} output tokens]");
}

// 3. Streamed: the reasoning arrives first, then the answer.
Console.WriteLine("--- qwen/qwen3-32b streamed, reasoning_format parsed ---");
bool answering = false;
var streamOptions = new ChatOptions { AdditionalProperties = new() { [GroqChatOptionKeys.ReasoningFormat] = "parsed" } };
await foreach (var update in qwen.GetStreamingResponseAsync(Question, streamOptions))
{
    foreach (var content in update.Contents)
    {
        if (content is TextReasoningContent thought)
        {
            Console.Write(thought.Text);
        }
        else if (content is TextContent text && text.Text.Length > 0)
        {
            Console.Write(answering ? text.Text : $"{Environment.NewLine}=> {text.Text}");
            answering = true;
        }
    }
}

Console.WriteLine();

static string ReasoningOf(ChatResponse response) =>
    string.Concat(response.Messages.SelectMany(m => m.Contents).OfType<TextReasoningContent>().Select(r => r.Text)) is { Length: > 0 } text
        ? text
        : "(none apart from the answer)";
