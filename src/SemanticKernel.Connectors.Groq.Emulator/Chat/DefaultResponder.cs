using System.Globalization;
using SemanticKernel.Connectors.Groq.Emulator.Chat.BuiltInTools;
using SemanticKernel.Connectors.Groq.Emulator.Models;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Chat;

/// <summary>The deterministic model the emulator plays when nothing is scripted.</summary>
internal static class DefaultResponder
{
    public static CompletionPlan Respond(ChatRequest request)
    {
        var (text, images) = ConversationReader.LastUserText(request.Messages);
        var reasoning = ModelCatalog.Get(request.Model).Reasoning ? "Thinking about: " + text : null;

        if (ChooseFunction(request) is { } function)
        {
            var arguments = SchemaInstanceGenerator.Generate(function.Parameters, includeOptional: false);
            var salt = request.Messages.GetArrayLength();
            var call = new EmulatorToolCall(function.Name, arguments, Ids.ToolCallId(function.Name, arguments, 0, salt));
            return CompletionPlan.Create(request, null, reasoning, [call], "tool_calls", null);
        }

        var toolResults = ConversationReader.TrailingToolResults(request.Messages);
        string content;
        if (toolResults.Count > 0)
        {
            content = ConversationReader.ToolResultsAnswer(toolResults);
        }
        else if (request.ResponseFormatType == "json_object")
        {
            content = EmulatorJson.WriteString(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("answer", text);
                writer.WriteEndObject();
            });
        }
        else if (request.ResponseFormatType == "json_schema")
        {
            content = SchemaInstanceGenerator.Generate(request.JsonSchema, includeOptional: true);
        }
        else
        {
            content = "Emulated answer to: " + text;
            if (images > 0)
            {
                content += string.Create(CultureInfo.InvariantCulture, $" [{images} image(s)]");
            }
        }

        var executedTools = BuiltInToolResponder.ExecutedTools(request, text);
        var (cited, citations) = BuiltInToolResponder.Cite(request, content);
        return CompletionPlan.Create(request, cited, reasoning, [], "stop", null, executedTools, citations);
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
