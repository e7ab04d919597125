using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>Messages, items and streamed updates as facts: what a caller of either service can read off them.</summary>
internal static class ContentFacts
{
    /// <summary>Both connectors' metadata key for the finish reason (classic: <c>"Stop"</c>, <c>"ToolCalls"</c>, <c>"Length"</c>).</summary>
    public const string FinishReasonKey = "FinishReason";

    public static void AddMessages(Facts facts, string path, IReadOnlyList<ChatMessageContent> messages)
    {
        facts.Add($"{path}.count", messages.Count);
        for (int i = 0; i < messages.Count; i++)
        {
            AddMessage(facts, $"{path}[{i}]", messages[i]);
        }
    }

    public static void AddMessage(Facts facts, string path, ChatMessageContent message)
    {
        facts.Add($"{path}.role", Role(message.Role));
        facts.Add($"{path}.content", message.Content);
        facts.AddRaw($"{path}.items", TypeList(message.Items));
        facts.AddRaw($"{path}.metadata.{FinishReasonKey}", FinishReason(message.Metadata));
        for (int i = 0; i < message.Items.Count; i++)
        {
            AddItem(facts, $"{path}.items[{i}]", message.Items[i]);
        }
    }

    public static void AddUpdates(Facts facts, string path, IReadOnlyList<StreamingChatMessageContent> updates)
    {
        // The usage-only chunk the OpenAI SDK asks for with stream_options (normalized away in the requests) is one
        // more update on the classic side; Groq reports the same usage on the update that finishes the answer.
        updates = [.. updates.Where(update => !IsUsageOnly(update))];
        facts.Add($"{path}.count", updates.Count);
        facts.Add($"{path}.text", string.Concat(updates.Select(update => update.Content)));
        facts.AddRaw($"{path}.roles", "[" + string.Join(", ", updates.Select(u => Role(u.Role) ?? "null").Distinct()) + "]");
        facts.AddRaw($"{path}.itemTypes", "[" + string.Join(", ", updates.SelectMany(u => u.Items).GroupBy(i => i.GetType().Name)
            .Select(group => $"{group.Key} x{group.Count()}")) + "]");
        facts.AddRaw($"{path}.finishReasons", RunLengths(updates
            .Where(u => u.Metadata?.TryGetValue(FinishReasonKey, out var reason) is true && reason is not null)
            .Select(u => FinishReason(u.Metadata))));
        if (updates.Count > 0)
        {
            var last = updates[^1];
            facts.Add($"{path}.last.role", Role(last.Role));
            facts.Add($"{path}.last.content", last.Content);
            facts.AddRaw($"{path}.last.items", TypeList(last.Items));
        }

        var builder = new FunctionCallContentBuilder();
        foreach (var update in updates)
        {
            builder.Append(update);
        }

        var calls = builder.Build();
        facts.Add($"{path}.functionCalls.count", calls.Count);
        for (int i = 0; i < calls.Count; i++)
        {
            AddItem(facts, $"{path}.functionCalls[{i}]", calls[i]);
        }
    }

    private static bool IsUsageOnly(StreamingChatMessageContent update) =>
        string.IsNullOrEmpty(update.Content)
        && !update.Items.OfType<StreamingFunctionCallUpdateContent>().Any()
        && update.Metadata?.GetValueOrDefault(FinishReasonKey) is null
        && update.Metadata?.GetValueOrDefault("Usage") is not null;

    private static void AddItem(Facts facts, string path, KernelContent item)
    {
        switch (item)
        {
            case FunctionCallContent call:
                facts.Add($"{path}.plugin", call.PluginName);
                facts.Add($"{path}.function", call.FunctionName);
                facts.Add($"{path}.id", call.Id);
                facts.AddRaw($"{path}.arguments", ObservingFilter.Show(call.Arguments));
                facts.Add($"{path}.exception", call.Exception is null ? null : $"{call.Exception.GetType().Name}: {call.Exception.Message}");
                break;
            case FunctionResultContent result:
                facts.Add($"{path}.callId", result.CallId);
                facts.Add($"{path}.plugin", result.PluginName);
                facts.Add($"{path}.function", result.FunctionName);
                facts.Add($"{path}.result", result.Result?.ToString());
                facts.Add($"{path}.resultType", result.Result?.GetType().Name);
                break;
            case TextContent text:
                facts.Add($"{path}.text", text.Text);
                break;
        }
    }

    /// <summary>
    /// <see cref="AuthorRole"/> equality ignores case, so the classic connector's <c>"Assistant"</c> (the OpenAI SDK's
    /// spelling) and <c>"assistant"</c> are the same role to every caller that compares roles.
    /// </summary>
    private static string? Role(AuthorRole? role) => role?.Label.ToLowerInvariant();

    /// <summary><c>["ToolCalls" x128, "Stop"]</c>: one entry per run of equal values.</summary>
    private static string RunLengths(IEnumerable<string> values)
    {
        var runs = new List<(string Value, int Count)>();
        foreach (var value in values)
        {
            if (runs.Count > 0 && runs[^1].Value == value)
            {
                runs[^1] = (value, runs[^1].Count + 1);
            }
            else
            {
                runs.Add((value, 1));
            }
        }

        return "[" + string.Join(", ", runs.Select(run => run.Count == 1 ? run.Value : $"{run.Value} x{run.Count}")) + "]";
    }

    private static string TypeList(IEnumerable<object> items) => "[" + string.Join(", ", items.Select(item => item.GetType().Name)) + "]";

    private static string FinishReason(IReadOnlyDictionary<string, object?>? metadata) =>
        metadata?.TryGetValue(FinishReasonKey, out var reason) is true ? Facts.Show(reason) : "(no key)";
}
