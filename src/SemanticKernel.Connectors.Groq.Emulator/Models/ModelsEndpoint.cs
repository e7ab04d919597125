using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Models;

/// <summary><c>GET /models</c> and <c>GET /models/{id}</c>.</summary>
internal static class ModelsEndpoint
{
    public static Task ListAsync(HttpContext context)
    {
        var state = context.Exchange().State;
        var models = state.Models();
        var body = EmulatorJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("object", "list");
            writer.WriteStartArray("data");
            foreach (var id in models)
            {
                WriteModel(writer, ModelCatalog.Get(id), state.IsActiveModel(id));
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
        return ResponseWriter.WriteAsync(context, 200, "application/json", body);
    }

    public static Task GetAsync(HttpContext context)
    {
        // Clients encode a slash in an id such as openai/gpt-oss-120b as %2F, which the catch-all route keeps.
        var id = Uri.UnescapeDataString(context.Request.RouteValues["id"] as string ?? string.Empty);
        var state = context.Exchange().State;
        if (!state.IsKnownModel(id))
        {
            return ResponseWriter.WriteErrorAsync(context, GroqError.ModelNotFound(id));
        }

        var active = state.IsActiveModel(id);
        var body = EmulatorJson.Write(writer => WriteModel(writer, ModelCatalog.Get(id), active));
        return ResponseWriter.WriteAsync(context, 200, "application/json", body);
    }

    private static void WriteModel(Utf8JsonWriter writer, ModelInfo model, bool active)
    {
        writer.WriteStartObject();
        writer.WriteString("id", model.Id);
        writer.WriteString("object", "model");
        writer.WriteNumber("created", model.Created);
        writer.WriteString("owned_by", model.OwnedBy);
        writer.WriteBoolean("active", active);
        writer.WriteNumber("context_window", model.ContextWindow);
        writer.WriteNumber("max_completion_tokens", model.MaxCompletionTokens);
        writer.WriteEndObject();
    }
}
