using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using FunctionCallContent = Microsoft.Extensions.AI.FunctionCallContent;
using FunctionResultContent = Microsoft.Extensions.AI.FunctionResultContent;
using SKFunctionCallContent = Microsoft.SemanticKernel.FunctionCallContent;
using SKFunctionResultContent = Microsoft.SemanticKernel.FunctionResultContent;

namespace SemanticKernel.Connectors.Groq.Benchmarks;

/// <summary>
/// The realistic agent request of <c>TestData/realistic-conversation.json</c>: a system prompt, 20 history messages
/// (user and assistant alternating), the user's question, the assistant's call of one of 3 tools and that tool's result,
/// sent to get the final answer. Each client gets it in its own types, built once: MEAI messages and options, an SK
/// <see cref="ChatHistory"/> and a kernel whose plugin offers the same 3 tools.
/// </summary>
internal sealed class RealisticWorkload
{
    private RealisticWorkload(
        string systemPrompt, IReadOnlyList<string> turns, string question, RealisticToolCall toolCall, string toolResult, IReadOnlyList<RealisticTool> tools)
    {
        SystemPrompt = systemPrompt;
        Turns = turns;
        Question = question;
        ToolCall = toolCall;
        ToolResult = toolResult;
        Tools = tools;
    }

    public string SystemPrompt { get; }

    /// <summary>Gets the history before the question, user first, then alternating.</summary>
    public IReadOnlyList<string> Turns { get; }

    public string Question { get; }

    public RealisticToolCall ToolCall { get; }

    /// <summary>Gets the tool's result, a JSON text sent as the tool message's content.</summary>
    public string ToolResult { get; }

    public IReadOnlyList<RealisticTool> Tools { get; }

    /// <summary>Gets how many messages every path sends.</summary>
    public int MessageCount => Turns.Count + 4;

    public static RealisticWorkload Load()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Scenario.TestDataPath("realistic-conversation.json")));
        var root = doc.RootElement;
        var turns = root.GetProperty("turns").EnumerateArray().Select(t => t.GetString()!).ToArray();
        var call = root.GetProperty("toolCall");
        var toolCall = new RealisticToolCall(
            call.GetProperty("id").GetString()!,
            call.GetProperty("plugin").GetString()!,
            call.GetProperty("function").GetString()!,
            call.GetProperty("arguments").GetString()!);
        var tools = root.GetProperty("tools").EnumerateArray()
            .Select(t => new RealisticTool(
                t.GetProperty("plugin").GetString()!,
                t.GetProperty("function").GetString()!,
                t.GetProperty("description").GetString()!,
                t.GetProperty("parameters").Clone()))
            .ToArray();
        return new RealisticWorkload(
            root.GetProperty("system").GetString()!, turns, root.GetProperty("question").GetString()!, toolCall, root.GetProperty("toolResult").GetString()!, tools);
    }

    /// <summary>The conversation as MEAI messages (what <c>GroqChatClient</c> and MEAI's OpenAI client get).</summary>
    public List<ChatMessage> ToChatMessages()
    {
        var messages = new List<ChatMessage>(MessageCount) { new(ChatRole.System, SystemPrompt) };
        for (int i = 0; i < Turns.Count; i++)
        {
            messages.Add(new ChatMessage(i % 2 == 0 ? ChatRole.User : ChatRole.Assistant, Turns[i]));
        }

        messages.Add(new ChatMessage(ChatRole.User, Question));
        messages.Add(new ChatMessage(ChatRole.Assistant, [new FunctionCallContent(ToolCall.Id, ToolCall.ToolName, ToolCall.ParseArguments())]));
        messages.Add(new ChatMessage(ChatRole.Tool, [new FunctionResultContent(ToolCall.Id, ToolResult)]));
        return messages;
    }

    /// <summary>The MEAI options: the 3 tools (declarations only, nothing is invoked), tool choice auto, temperature, token limit.</summary>
    public ChatOptions ToChatOptions() => new()
    {
        Temperature = Scenario.Temperature,
        MaxOutputTokens = Scenario.MaxTokens,
        ToolMode = ChatToolMode.Auto,
        Tools = [.. Tools.Select(t => AIFunctionFactory.CreateDeclaration(t.ToolName, t.Description, t.Parameters))],
    };

    /// <summary>The conversation as an SK history, the tool round trip as <see cref="SKFunctionCallContent"/> and <see cref="SKFunctionResultContent"/>.</summary>
    public ChatHistory ToChatHistory()
    {
        var history = new ChatHistory(SystemPrompt);
        for (int i = 0; i < Turns.Count; i++)
        {
            history.AddMessage(i % 2 == 0 ? AuthorRole.User : AuthorRole.Assistant, Turns[i]);
        }

        history.AddUserMessage(Question);
        var arguments = new KernelArguments();
        foreach (var (name, value) in ToolCall.ParseArguments())
        {
            arguments[name] = value;
        }

        history.Add(new ChatMessageContent(AuthorRole.Assistant, [new SKFunctionCallContent(ToolCall.Function, ToolCall.Plugin, ToolCall.Id, arguments)]));
        history.Add(new ChatMessageContent(AuthorRole.Tool, [new SKFunctionResultContent(ToolCall.Function, ToolCall.Plugin, ToolCall.Id, ToolResult)]));
        return history;
    }

    /// <summary>
    /// A kernel whose plugins offer the 3 tools with exactly the workload's parameter schemas (SK sends
    /// <c>{"type":"object","required":[...],"properties":{...}}</c> built from each parameter's schema). The functions
    /// are never invoked: the benchmarks offer them with <c>FunctionChoiceBehavior.Auto(autoInvoke: false)</c> and the
    /// recorded answer is text.
    /// </summary>
    public Kernel CreateKernel()
    {
        var kernel = new Kernel();
        foreach (var plugin in Tools.GroupBy(t => t.Plugin))
        {
            kernel.Plugins.Add(KernelPluginFactory.CreateFromFunctions(plugin.Key, plugin.Select(CreateFunction)));
        }

        return kernel;
    }

    private static KernelFunction CreateFunction(RealisticTool tool)
    {
        var required = tool.Parameters.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ToHashSet();
        var parameters = tool.Parameters.GetProperty("properties").EnumerateObject()
            .Select(p => new KernelParameterMetadata(p.Name)
            {
                IsRequired = required.Contains(p.Name),
                Schema = KernelJsonSchema.Parse(p.Value.GetRawText()),
            })
            .ToArray();
        return KernelFunctionFactory.CreateFromMethod(
            static string () => throw new InvalidOperationException("The benchmark tools are offered, never invoked."),
            new KernelFunctionFromMethodOptions { FunctionName = tool.Function, Description = tool.Description, Parameters = parameters });
    }
}
