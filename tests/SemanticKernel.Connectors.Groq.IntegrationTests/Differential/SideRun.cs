using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>Everything one side's run left behind, and its aspects as facts.</summary>
internal sealed class SideRun
{
    public required ConnectorSide Side { get; init; }

    public Exception? Exception { get; set; }

    public IReadOnlyList<RecordedRequest> Requests { get; set; } = [];

    public int UnusedScriptedResponses { get; set; }

    public IReadOnlyList<string> Invocations { get; set; } = [];

    public IReadOnlyList<FilterObservation> Observations { get; set; } = [];

    /// <summary>The caller's history after the call (chat scenarios).</summary>
    public ChatHistory? History { get; set; }

    /// <summary>What a non-streaming chat call returned.</summary>
    public IReadOnlyList<ChatMessageContent>? Messages { get; set; }

    /// <summary>What a streaming call yielded.</summary>
    public IReadOnlyList<StreamingChatMessageContent>? Updates { get; set; }

    /// <summary>What a non-streaming prompt call returned.</summary>
    public FunctionResult? PromptResult { get; set; }

    public TimeSpan Elapsed { get; set; }

    public IReadOnlyList<(string Aspect, Facts Facts)> Aspects(bool callsMayOverlap)
    {
        var aspects = new List<(string, Facts)> { ("outcome", Outcome()), ("requests", RequestFacts()) };
        if (History is not null)
        {
            var history = new Facts();
            ContentFacts.AddMessages(history, "history", [.. History]);
            aspects.Add(("history", history));
        }

        aspects.Add(("returned", ReturnedFacts()));
        aspects.Add(("filters", FilterFacts(callsMayOverlap)));
        var functions = new Facts();
        var invocations = callsMayOverlap ? [.. Invocations.Order(StringComparer.Ordinal)] : Invocations;
        functions.Add("functions.count", invocations.Count);
        for (int i = 0; i < invocations.Count; i++)
        {
            functions.AddRaw($"functions[{i}]", invocations[i]);
        }

        aspects.Add(("functions", functions));
        return aspects;
    }

    private Facts Outcome()
    {
        var facts = new Facts();
        facts.Add("outcome", Exception is null ? "returned" : $"threw {Exception.GetType().Name}: {Exception.Message}");
        facts.Add("unused scripted responses", UnusedScriptedResponses);
        return facts;
    }

    private Facts RequestFacts()
    {
        var facts = new Facts();
        facts.Add("requests.count", Requests.Count);
        for (int i = 0; i < Requests.Count; i++)
        {
            facts.Add($"request[{i}].status", Requests[i].StatusCode);
            JsonFacts.Add(facts, $"request[{i}].body", RequestNormalizer.Normalize(Requests[i].Json));
        }

        return facts;
    }

    private Facts ReturnedFacts()
    {
        var facts = new Facts();
        if (Messages is not null)
        {
            ContentFacts.AddMessages(facts, "messages", Messages);
        }

        if (Updates is not null)
        {
            ContentFacts.AddUpdates(facts, "updates", Updates);
        }

        if (PromptResult is not null)
        {
            facts.Add("prompt.value is a ChatMessageContent", PromptResult.GetValue<object>() is ChatMessageContent);
            facts.Add("prompt.string", PromptResult.GetValue<object>()?.ToString());
            if (PromptResult.GetValue<object>() is ChatMessageContent message)
            {
                ContentFacts.AddMessage(facts, "prompt.message", message);
            }
        }

        return facts;
    }

    private Facts FilterFacts(bool callsMayOverlap)
    {
        var observations = callsMayOverlap
            ? [.. Observations.OrderBy(o => o.RequestSequenceIndex).ThenBy(o => o.FunctionSequenceIndex)]
            : Observations;
        var facts = new Facts();
        facts.Add("filter calls", observations.Count);
        for (int i = 0; i < observations.Count; i++)
        {
            var o = observations[i];
            var path = $"filter[{i}]";
            facts.Add($"{path}.function", o.Function);
            facts.Add($"{path}.RequestSequenceIndex", o.RequestSequenceIndex);
            facts.Add($"{path}.FunctionSequenceIndex", o.FunctionSequenceIndex);
            facts.Add($"{path}.FunctionCount", o.FunctionCount);
            facts.Add($"{path}.ToolCallId", o.ToolCallId);
            facts.Add($"{path}.IsStreaming", o.IsStreaming);
            facts.AddRaw($"{path}.Arguments before", o.ArgumentsBefore);
            facts.Add($"{path}.ExecutionSettings is the caller's instance", o.SettingsAreTheCallers);
            facts.Add($"{path}.ChatHistory is the caller's instance", o.HistoryIsTheCallers);
            facts.Add($"{path}.ChatHistory.Count before", o.HistoryCountBefore);
            facts.AddRaw($"{path}.outcome", o.Outcome);
            facts.AddRaw($"{path}.Arguments after", o.ArgumentsAfter);
            facts.Add($"{path}.Terminate after", o.Terminate);
            facts.Add($"{path}.ChatHistory.Count after", o.HistoryCountAfter);
        }

        return facts;
    }
}
