using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Chat;

/// <summary>
/// MEAI's escape hatch, <see cref="ChatOptions.RawRepresentationFactory"/>, for Groq: the factory may return extra request
/// fields as a JSON object (a <see cref="JsonElement"/>, a <see cref="JsonObject"/>, JSON text, or a dictionary), so a
/// field Groq adds needs no release of the connector. They are sent as given; a field the connector itself sets (from
/// <see cref="ChatOptions"/> or <see cref="GroqChatOptionKeys"/>) is refused, so the two can never disagree.
/// </summary>
internal static class RawRequestFields
{
    private const string Setting = "ChatOptions.RawRepresentationFactory";

    private static readonly FrozenSet<string> ConnectorFields = GroqJsonContext.Default.WireChatRequest.Properties
        .Where(static property => !property.IsExtensionData)
        .Select(static property => property.Name)
        .Concat(GroqChatFields.All.Keys)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Adds the fields of <paramref name="raw"/> (what the factory returned) to <paramref name="request"/>.</summary>
    public static void Apply(WireChatRequest request, object? raw)
    {
        if (raw is null)
        {
            return;
        }

        var fields = ToObject(raw);
        foreach (var field in fields.EnumerateObject())
        {
            if (ConnectorFields.Contains(field.Name))
            {
                throw new ArgumentException(
                    $"{Setting} supplies '{field.Name}', which the connector sets itself: set it through ChatOptions or GroqChatOptionKeys instead.", Setting);
            }

            (request.Extra ??= new(StringComparer.Ordinal))[field.Name] = field.Value;
        }
    }

    private static JsonElement ToObject(object raw)
    {
        var element = raw switch
        {
            JsonElement e => e,
            JsonDocument d => d.RootElement,
            JsonNode node => JsonSerializer.SerializeToElement(node, ChatMessageMapper.CompactJson.GetTypeInfo(typeof(JsonNode))),
            string text => Parse(text),
            IEnumerable<KeyValuePair<string, object?>> pairs => JsonSerializer.SerializeToElement(
                pairs.ToDictionary(), ChatMessageMapper.CompactJson.GetTypeInfo(typeof(Dictionary<string, object?>))),
            _ => throw new ArgumentException(
                $"{Setting} returned a {raw.GetType().Name}; Groq's client takes extra request fields as a JSON object " +
                "(JsonElement, JsonObject, JSON text or a dictionary).", Setting),
        };

        return element.ValueKind == JsonValueKind.Object
            ? element
            : throw new ArgumentException($"{Setting} must give a JSON object of request fields, not a JSON {element.ValueKind}.", Setting);
    }

    private static JsonElement Parse(string text)
    {
        try
        {
            return JsonElement.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"{Setting} returned text that is not JSON: {ex.Message}", Setting, ex);
        }
    }
}
