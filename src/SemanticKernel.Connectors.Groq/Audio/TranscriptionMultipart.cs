using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace SemanticKernel.Connectors.Groq.Audio;

/// <summary>The multipart/form-data body of a transcription or translation request (pure apart from wrapping the audio stream).</summary>
internal static class TranscriptionMultipart
{
    /// <summary>The body for one attempt; the audio is streamed from <paramref name="audio"/>, which is not copied.</summary>
    /// <param name="request">The validated request.</param>
    /// <param name="audio">The audio (a view the content may dispose), or <see langword="null"/> for a URL request.</param>
    /// <param name="responseFormat">The format to ask for, which may differ from the caller's (chunks are always read as verbose_json).</param>
    public static MultipartFormDataContent Create(TranscriptionRequest request, Stream? audio, string responseFormat)
    {
        var content = new MultipartFormDataContent();
        if (audio is not null)
        {
            var file = new StreamContent(audio);
            file.Headers.ContentType = new MediaTypeHeaderValue(AudioFormats.MediaTypeFor(AudioFormats.ExtensionOf(request.FileName!)!));
            file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileName = Quote(request.FileName!) };
            content.Add(file);
        }
        else
        {
            AddField(content, "url", request.Url!.AbsoluteUri);
        }

        AddField(content, "model", request.Model);
        AddField(content, "language", request.Language);
        AddField(content, "prompt", request.Prompt);
        AddField(content, "response_format", responseFormat);
        AddField(content, "temperature", request.Temperature?.ToString("R", CultureInfo.InvariantCulture));
        foreach (string granularity in request.TimestampGranularities ?? [])
        {
            AddField(content, "timestamp_granularities[]", granularity);
        }

        return content;
    }

    private static void AddField(MultipartFormDataContent content, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        // No Content-Type on plain fields, as browsers and Groq's SDKs send them.
        var field = new ByteArrayContent(Encoding.UTF8.GetBytes(value));
        field.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = Quote(name) };
        content.Add(field);
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
