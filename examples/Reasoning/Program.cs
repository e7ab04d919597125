using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq;
using SemanticKernel.Connectors.Groq.Emulator;

// A reasoning model shows its reasoning apart from its answer: reasoning_format "parsed" puts it in message.reasoning,
// which arrives as TextReasoningContent; ChatOptions.Reasoning.Effort becomes Groq's reasoning_effort (gpt-oss models take
// low, medium or high; qwen3 takes none or default). Without GROQ_API_KEY it runs against the in-process emulator, offline.
string? apiKey = Environment.GetEnvironmentVariable("GROQ_API_KEY");
await using GroqEmulator? emulator = string.IsNullOrEmpty(apiKey) ? await GroqEmulator.StartAsync() : null;
var options = emulator is null
    ? new GroqClientOptions { ApiKey = apiKey }
    : new GroqClientOptions { ApiKey = emulator.ApiKey, Endpoint = emulator.Endpoint };
if (emulator is not null)
{
    Console.WriteLine($"GROQ_API_KEY is not set: using the local Groq emulator at {emulator.Endpoint}.");
}

using IChatClient client = new GroqChatClient("openai/gpt-oss-20b", options);
const string Question = "How many times does the letter r appear in strawberry?";

foreach (var effort in new[] { ReasoningEffort.Low, ReasoningEffort.High })
{
    var chatOptions = new ChatOptions
    {
        Reasoning = new ReasoningOptions { Effort = effort },
        AdditionalProperties = new() { [GroqChatOptionKeys.ReasoningFormat] = "parsed" },
    };

    var response = await client.GetResponseAsync(Question, chatOptions);
    var reasoning = string.Concat(response.Messages.SelectMany(m => m.Contents).OfType<TextReasoningContent>().Select(r => r.Text));
    Console.WriteLine($"--- effort {effort} ---");
    Console.WriteLine($"Reasoning: {reasoning}");
    Console.WriteLine($"Answer:    {response.Text}");
    Console.WriteLine($"[{response.Usage?.ReasoningTokenCount} reasoning tokens of {response.Usage?.OutputTokenCount} output tokens]");
}

// Streaming: the reasoning arrives first, then the answer; "hidden" would drop the reasoning and keep the answer.
Console.WriteLine("--- streamed, effort Medium ---");
var streamOptions = new ChatOptions
{
    Reasoning = new ReasoningOptions { Effort = ReasoningEffort.Medium },
    AdditionalProperties = new() { [GroqChatOptionKeys.ReasoningFormat] = "parsed" },
};
bool answering = false;
await foreach (var update in client.GetStreamingResponseAsync(Question, streamOptions))
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
