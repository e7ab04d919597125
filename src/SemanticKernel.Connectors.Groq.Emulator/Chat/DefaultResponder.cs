using SemanticKernel.Connectors.Groq.Emulator.Chat.BuiltInTools;
using SemanticKernel.Connectors.Groq.Emulator.Models;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Chat;

/// <summary>
/// The deterministic model the emulator plays when nothing is scripted. With function tools offered (and no tool result
/// since the last user message, and <c>tool_choice</c> not <c>none</c>) it calls the named function or the first one, with
/// arguments made from the schema and the user's words (<see cref="UserWords"/>). After tool results it quotes them
/// ("According to get_weather: ..."). In JSON mode it answers <c>{"answer": question}</c> or an instance of the schema
/// (strings again from the user's words); otherwise it repeats the question ("You asked: ..."), naming any images.
/// Reasoning models also say, as reasoning, what they are about to do, at more length the higher the
/// <c>reasoning_effort</c> (none at <c>none</c>). The answer is then held to <c>max_completion_tokens</c>
/// (<see cref="CompletionPlan.WithinBudget"/>).
/// </summary>
internal static class DefaultResponder
{
    public static CompletionPlan Respond(ChatRequest request)
    {
        var (text, imageUrls) = ConversationReader.LastUserText(request.Messages);

        if (ChooseFunction(request) is { } function)
        {
            var arguments = SchemaInstanceGenerator.Generate(function.Parameters, includeOptional: false, UserWords.From(text));
            var salt = request.Messages.GetArrayLength();
            var call = new EmulatorToolCall(function.Name, arguments, Ids.ToolCallId(function.Name, arguments, 0, salt));
            var thought = Reasoning(request, text, $"I will call {function.Name} with {arguments}.");
            return CompletionPlan.Create(request, null, thought, [call], "tool_calls", null).WithinBudget(request);
        }

        var toolResults = ConversationReader.TrailingToolResults(request.Messages);
        string content;
        string plan;
        if (toolResults.Count > 0)
        {
            content = ConversationReader.ToolResultsAnswer(toolResults);
            plan = "The tools have answered; I will quote what they returned.";
        }
        else if (request.ResponseFormatType == "json_object")
        {
            content = EmulatorJson.WriteString(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("answer", text);
                writer.WriteEndObject();
            });
            plan = "I will put the question in a JSON object.";
        }
        else if (request.ResponseFormatType == "json_schema")
        {
            content = SchemaInstanceGenerator.Generate(request.JsonSchema, includeOptional: true, UserWords.From(text));
            plan = "I will fill the schema with the names and numbers in the question.";
        }
        else
        {
            content = "You asked: " + text;
            if (ImageSummary.Describe(imageUrls) is { } images)
            {
                content += $" [{images}]";
            }

            plan = "I will answer by repeating the question.";
        }

        var reasoning = Reasoning(request, text, plan);
        var executedTools = BuiltInToolResponder.ExecutedTools(request, text);
        var (cited, citations) = BuiltInToolResponder.Cite(request, content);
        return CompletionPlan.Create(request, cited, reasoning, [], "stop", null, executedTools, citations).WithinBudget(request);
    }

    /// <summary>What a reasoning model thinks before it answers: low effort only the plan, high effort a second look too.</summary>
    private static string? Reasoning(ChatRequest request, string question, string plan)
    {
        if (!ModelCatalog.Get(request.Model).Reasoning)
        {
            return null;
        }

        return request.ReasoningEffort switch
        {
            "none" => null,
            "low" => plan,
            "high" => $"The user asked: {question} {plan} Before answering, I read the question again to be sure nothing in it was missed.",
            _ => $"The user asked: {question} {plan}",
        };
    }

    private static FunctionTool? ChooseFunction(ChatRequest request)
    {
        if (request.Functions.Count == 0 || request.ToolChoice == "none" || ConversationReader.HasToolResultAfterLastUser(request.Messages))
        {
            return null;
        }

        return request.ToolChoiceFunction is { } name
            ? request.Functions.First(function => function.Name == name)
            : request.Functions[0];
    }
}
