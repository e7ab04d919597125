using System.Collections.Frozen;
using System.Text.Json;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Chat;

/// <summary>Validates <c>messages</c> as strictly as Groq: known roles, only the keys each role allows, typed content.</summary>
internal static class MessageValidator
{
    // groq-sdk 1.6.0 types the system message's role as 'system' | 'developer': Groq takes OpenAI's newer name for it.
    private static readonly FrozenSet<string> Roles = FrozenSet.Create(StringComparer.Ordinal, "system", "developer", "user", "assistant", "tool");
    private static readonly FrozenSet<string> SystemKeys = FrozenSet.Create(StringComparer.Ordinal, "role", "content");
    private static readonly FrozenSet<string> UserKeys = SystemKeys;
    private static readonly FrozenSet<string> AssistantKeys = FrozenSet.Create(StringComparer.Ordinal, "role", "content", "tool_calls", "reasoning");
    private static readonly FrozenSet<string> ToolKeys = FrozenSet.Create(StringComparer.Ordinal, "role", "tool_call_id", "content");
    private static readonly FrozenSet<string> TextPartKeys = FrozenSet.Create(StringComparer.Ordinal, "type", "text");
    private static readonly FrozenSet<string> ImagePartKeys = FrozenSet.Create(StringComparer.Ordinal, "type", "image_url");
    private static readonly FrozenSet<string> ImageUrlKeys = FrozenSet.Create(StringComparer.Ordinal, "url", "detail");
    private static readonly FrozenSet<string> ToolCallKeys = FrozenSet.Create(StringComparer.Ordinal, "id", "type", "function");
    private static readonly FrozenSet<string> FunctionCallKeys = FrozenSet.Create(StringComparer.Ordinal, "name", "arguments");

    public static JsonElement Validate(JsonElement root)
    {
        if (!JsonChecks.TryGet(root, "messages", out var messages))
        {
            throw JsonChecks.Fail("messages", "property 'messages' is missing");
        }

        if (messages.ValueKind != JsonValueKind.Array)
        {
            throw JsonChecks.Fail("messages", "value must be an array");
        }

        if (messages.GetArrayLength() == 0)
        {
            throw JsonChecks.Fail("messages", "array must contain at least 1 item(s)");
        }

        var toolCallIds = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var message in messages.EnumerateArray())
        {
            ValidateMessage(message, $"messages.{index}", toolCallIds);
            index++;
        }

        return messages;
    }

    private static void ValidateMessage(JsonElement message, string path, HashSet<string> toolCallIds)
    {
        JsonChecks.RequireObject(message, path);
        if (!JsonChecks.TryGet(message, "role", out var roleElement))
        {
            throw new GroqErrorException(GroqError.BadRequest($"'{path}' : property 'role' is missing", $"{path}.role"));
        }

        var role = roleElement.ValueKind == JsonValueKind.String ? roleElement.GetString()! : string.Empty;
        if (!Roles.Contains(role))
        {
            throw new GroqErrorException(GroqError.BadRequest($"'{path}' : discriminator property 'role' has invalid value '{roleElement}'", $"{path}.role"));
        }

        try
        {
            switch (role)
            {
                case "system" or "developer":
                    JsonChecks.OnlyKeys(message, path, SystemKeys);
                    JsonChecks.RequireString(Required(message, "content", path), $"{path}.content");
                    break;
                case "user":
                    JsonChecks.OnlyKeys(message, path, UserKeys);
                    ValidateUserContent(Required(message, "content", path), $"{path}.content");
                    break;
                case "assistant":
                    JsonChecks.OnlyKeys(message, path, AssistantKeys);
                    ValidateAssistant(message, path, toolCallIds);
                    break;
                default:
                    JsonChecks.OnlyKeys(message, path, ToolKeys);
                    var id = JsonChecks.RequireString(Required(message, "tool_call_id", path), $"{path}.tool_call_id");
                    JsonChecks.RequireString(Required(message, "content", path), $"{path}.content");
                    if (!toolCallIds.Contains(id))
                    {
                        throw JsonChecks.Fail($"{path}.tool_call_id", $"tool_call_id '{id}' does not match the id of any tool call in a previous assistant message");
                    }

                    break;
            }
        }
        catch (GroqErrorException inner)
        {
            var error = GroqError.BadRequest($"'{path}' : for 'role:{role}' the following must be satisfied[({inner.Error.Message})]", inner.Error.Param);
            throw new GroqErrorException(error);
        }
    }

    private static JsonElement Required(JsonElement parent, string name, string path) =>
        JsonChecks.TryGet(parent, name, out var value) ? value : throw JsonChecks.Fail($"{path}.{name}", $"property '{name}' is missing");

    private static void ValidateUserContent(JsonElement content, string path)
    {
        if (content.ValueKind == JsonValueKind.String)
        {
            return;
        }

        if (content.ValueKind != JsonValueKind.Array)
        {
            throw JsonChecks.Fail(path, "value must be a string or an array");
        }

        if (content.GetArrayLength() == 0)
        {
            throw JsonChecks.Fail(path, "array must contain at least 1 item(s)");
        }

        var index = 0;
        foreach (var part in content.EnumerateArray())
        {
            ValidatePart(part, $"{path}.{index}");
            index++;
        }
    }

    private static void ValidatePart(JsonElement part, string path)
    {
        JsonChecks.RequireObject(part, path);
        var type = JsonChecks.OptionalString(part, "type", $"{path}.type")
            ?? throw JsonChecks.Fail($"{path}.type", "property 'type' is missing");
        switch (type)
        {
            case "text":
                JsonChecks.OnlyKeys(part, path, TextPartKeys);
                JsonChecks.RequireString(Required(part, "text", path), $"{path}.text");
                break;
            case "image_url":
                JsonChecks.OnlyKeys(part, path, ImagePartKeys);
                var image = JsonChecks.RequireObject(Required(part, "image_url", path), $"{path}.image_url");
                JsonChecks.OnlyKeys(image, $"{path}.image_url", ImageUrlKeys);
                var url = JsonChecks.RequireString(Required(image, "url", $"{path}.image_url"), $"{path}.image_url.url");
                if (!IsImageUrl(url))
                {
                    throw JsonChecks.Fail($"{path}.image_url.url", "value must be an http(s) URL or a data:image/...;base64, URL");
                }

                JsonChecks.OptionalEnum(image, "detail", $"{path}.image_url.detail", "auto", "low", "high");
                break;
            default:
                throw JsonChecks.Fail($"{path}.type", $"discriminator property 'type' has invalid value '{type}'");
        }
    }

    private static bool IsImageUrl(string url)
    {
        if (url.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase))
        {
            var comma = url.IndexOf(',', StringComparison.Ordinal);
            return comma > 0 && url[..comma].EndsWith(";base64", StringComparison.OrdinalIgnoreCase);
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }

    private static void ValidateAssistant(JsonElement message, string path, HashSet<string> toolCallIds)
    {
        var hasContent = JsonChecks.OptionalString(message, "content", $"{path}.content") is not null;
        JsonChecks.OptionalString(message, "reasoning", $"{path}.reasoning");
        var hasCalls = false;
        if (JsonChecks.TryGet(message, "tool_calls", out var calls))
        {
            if (calls.ValueKind != JsonValueKind.Array)
            {
                throw JsonChecks.Fail($"{path}.tool_calls", "value must be an array");
            }

            var index = 0;
            foreach (var call in calls.EnumerateArray())
            {
                toolCallIds.Add(ValidateToolCall(call, $"{path}.tool_calls.{index}"));
                index++;
            }

            hasCalls = index > 0;
        }

        if (!hasContent && !hasCalls)
        {
            throw JsonChecks.Fail($"{path}.content", "property 'content' is missing");
        }
    }

    private static string ValidateToolCall(JsonElement call, string path)
    {
        JsonChecks.RequireObject(call, path);
        JsonChecks.OnlyKeys(call, path, ToolCallKeys);
        var id = JsonChecks.RequireString(Required(call, "id", path), $"{path}.id");
        var type = JsonChecks.RequireString(Required(call, "type", path), $"{path}.type");
        if (type != "function")
        {
            throw JsonChecks.Fail($"{path}.type", "value must be 'function'");
        }

        var function = JsonChecks.RequireObject(Required(call, "function", path), $"{path}.function");
        JsonChecks.OnlyKeys(function, $"{path}.function", FunctionCallKeys);
        JsonChecks.RequireString(Required(function, "name", $"{path}.function"), $"{path}.function.name");
        JsonChecks.RequireString(Required(function, "arguments", $"{path}.function"), $"{path}.function.arguments");
        return id;
    }
}
