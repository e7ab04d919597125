using System.Net.Http.Headers;
using System.Text.Json;
using SemanticKernel.Connectors.Groq.Core;
using SemanticKernel.Connectors.Groq.Core.Wire;
using SemanticKernel.Connectors.Groq.Models;

namespace SemanticKernel.Connectors.Groq.Audio;

/// <summary>The one text-to-speech path under both facades: <c>POST /audio/speech</c>, audio bytes back.</summary>
internal sealed class GroqSpeechSynthesizer(GroqHttpPipeline pipeline, ModelCatalogGate? catalogGate = null)
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");

    /// <param name="request">The request to send.</param>
    /// <param name="modelSetting">The caller's name for the setting that chose the model, for a catalog refusal.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<(byte[] Audio, string MediaType, string? RequestId)> SynthesizeAsync(WireSpeechRequest request, string modelSetting, CancellationToken cancellationToken)
    {
        if (catalogGate is not null)
        {
            await catalogGate.CheckModelAsync(request.Model, modelSetting, cancellationToken).ConfigureAwait(false);
        }

        byte[] body = JsonSerializer.SerializeToUtf8Bytes(request, GroqJsonContext.Default.WireSpeechRequest);
        using var response = await pipeline.SendAsync(
            HttpMethod.Post,
            "audio/speech",
            () => new ByteArrayContent(body) { Headers = { ContentType = JsonMediaType } },
            streaming: false,
            canRetry: true,
            estimatedTokens: 0,
            request.Model,
            cancellationToken).ConfigureAwait(false);
        byte[] audio = await response.Message.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        string mediaType = response.Message.Content.Headers.ContentType?.MediaType is { } type && type.StartsWith("audio/", StringComparison.OrdinalIgnoreCase)
            ? type
            : SpeechRequestMapper.MediaTypeFor(request.ResponseFormat);
        return (audio, mediaType, response.RequestId);
    }
}
