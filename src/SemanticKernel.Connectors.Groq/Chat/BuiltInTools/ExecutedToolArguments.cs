using System.Text;
using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.Chat.BuiltInTools;

/// <summary>Reads one string property of an executed tool's arguments (a JSON object as text) without building a DOM.</summary>
internal static class ExecutedToolArguments
{
    /// <summary>The top-level string <paramref name="name"/> of <paramref name="arguments"/>, or <see langword="null"/> when absent or not JSON.</summary>
    public static string? ReadString(string? arguments, string name)
    {
        if (string.IsNullOrWhiteSpace(arguments))
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(arguments));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool match = reader.ValueTextEquals(name);
                reader.Read();
                if (match && reader.TokenType == JsonTokenType.String)
                {
                    return reader.GetString();
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Arguments are the model's text; when they are not JSON the content simply carries none.
        }

        return null;
    }
}
