using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.Core.Telemetry;

namespace SemanticKernel.Connectors.Groq.Chat.Diagnostics;

/// <summary>
/// What <see cref="GroqChatCompletionService"/> records around each request, as SK's own connectors do: SK's <c>gen_ai</c>
/// chat span when SK's switches are on and someone listens, and the tokens used (<c>groq.client.token.usage</c>), which on
/// this path no <c>UseOpenTelemetry()</c> records. The service goes through here only when <see cref="Observes"/>, so a call
/// nobody observes costs two checks.
/// </summary>
internal sealed class KernelModelDiagnostics
{
    private readonly KernelDiagnosticsSwitches _switches;
    private readonly string? _serverAddress;
    private readonly int _serverPort;

    /// <param name="switches">SK's switches, read once, as SK's connectors read them once.</param>
    /// <param name="endpoint">The endpoint, for <c>server.address</c> and <c>server.port</c>.</param>
    public KernelModelDiagnostics(KernelDiagnosticsSwitches switches, Uri? endpoint)
    {
        _switches = switches;
        if (endpoint is { IsAbsoluteUri: true })
        {
            // SK's value: the endpoint without its query, and here without any user info either.
            _serverAddress = endpoint.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
            _serverPort = endpoint.Port;
        }
    }

    /// <summary>Whether a request is recorded at all: a span would be made, or token usage is listened to.</summary>
    public bool Observes => SpansOn || GroqInstruments.TokenUsage.Enabled;

    private bool SpansOn => _switches.Enabled && KernelChatSpan.Source.HasListeners();

    /// <summary><paramref name="client"/>'s answer to one request of <paramref name="call"/>, recorded.</summary>
    public async Task<ChatResponse> GetResponseAsync(
        GroqChatClient client, IEnumerable<ChatMessage> messages, ChatOptions options, ChatHistory history, KernelCall call, bool retainArgumentTypes,
        CancellationToken cancellationToken)
    {
        var span = SpansOn ? KernelChatSpan.Start(call, history, _serverAddress, _serverPort, _switches.Sensitive) : null;
        try
        {
            ChatResponse response;
            try
            {
                response = await client.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (span is not null)
            {
                KernelChatSpan.Failed(span, ex);
                throw;
            }

            RecordTokens(response.Usage, call.ModelId, response.ModelId);
            if (span is not null)
            {
                var choice = _switches.Sensitive ? KernelResponseMapper.ToChatMessageContent(response, call.ModelId, retainArgumentTypes) : null;
                KernelChatSpan.Answered(span, response.ResponseId, KernelResponseMapper.FinishReason(response.FinishReason), response.Usage, choice);
            }

            return response;
        }
        finally
        {
            AttemptTelemetry.End(span);
        }
    }

    /// <summary>
    /// <paramref name="updates"/>, one streamed request of <paramref name="call"/>, recorded. The span starts before the request
    /// is sent (on the first read) and ends when the stream has been read or is disposed.
    /// </summary>
    public async IAsyncEnumerable<ChatResponseUpdate> StreamAsync(
        IAsyncEnumerable<ChatResponseUpdate> updates, ChatHistory history, KernelCall call, bool retainArgumentTypes,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var span = SpansOn ? KernelChatSpan.Start(call, history, _serverAddress, _serverPort, _switches.Sensitive) : null;
        var answer = new StreamedAnswer(span is not null && _switches.Sensitive);
        var enumerator = updates.GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                try
                {
                    if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (Exception ex) when (span is not null)
                {
                    KernelChatSpan.Failed(span, ex);
                    throw;
                }

                answer.Add(enumerator.Current);
                yield return enumerator.Current;
            }
        }
        finally
        {
            try
            {
                await enumerator.DisposeAsync().ConfigureAwait(false);
            }
            finally
            {
                RecordTokens(answer.Usage, call.ModelId, answer.ResponseModel);
                if (span is not null)
                {
                    if (answer.Any)
                    {
                        KernelChatSpan.Answered(span, answer.ResponseId, answer.FinishReason, answer.Usage, answer.ToChoice(call.ModelId, retainArgumentTypes));
                    }

                    AttemptTelemetry.End(span);
                }
            }
        }
    }

    private static void RecordTokens(UsageDetails? usage, string requestModel, string? responseModel)
    {
        if (usage is null || !GroqInstruments.TokenUsage.Enabled)
        {
            return;
        }

        var tags = TelemetryTags.Of(OperationNames.Chat, requestModel, responseModel);
        Record(usage.InputTokenCount, "input", tags);
        Record(usage.OutputTokenCount, "output", tags);

        static void Record(long? count, string type, TagList tags)
        {
            if (count is { } tokens and >= 0)
            {
                tags.Add(TelemetryTags.TokenType, type);
                GroqInstruments.TokenUsage.Record(tokens, tags);
            }
        }
    }
}
