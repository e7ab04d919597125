using System.Net.Http.Headers;
using System.Text.Json;
using SemanticKernel.Connectors.Groq.Core;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Audio;

/// <summary>The one text-to-speech path under both facades: <c>POST /audio/speech</c>, audio bytes back.</summary>
internal sealed class GroqSpeechSynthesizer(GroqHttpPipeline pipeline)
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");

    public async Task<(byte[] Audio, string MediaType, string? RequestId)> SynthesizeAsync(WireSpeechRequest request, CancellationToken cancellationToken)
    {
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(request, GroqJsonContext.Default.WireSpeechRequest);
        using var response = await pipeline.SendAsync(
            HttpMethod.Post,
            "audio/speech",
            () => new ByteArrayContent(body) { Headers = { ContentType = JsonMediaType } },
            streaming: false,
            canRetry: true,
            cancellationToken).ConfigureAwait(false);
        byte[] audio = await response.Message.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        string mediaType = response.Message.Content.Headers.ContentType?.MediaType is { } type && type.StartsWith("audio/", StringComparison.OrdinalIgnoreCase)
            ? type
            : SpeechRequestMapper.MediaTypeFor(request.ResponseFormat);
        return (audio, mediaType, response.RequestId);
    }
}
