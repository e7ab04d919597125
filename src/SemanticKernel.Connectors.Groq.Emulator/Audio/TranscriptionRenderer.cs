using System.Text;
using System.Text.Json;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Audio;

/// <summary>
/// Writes a transcript in the requested <c>response_format</c>, in the field order of Groq's recorded responses:
/// <c>json</c> = <c>{"text","x_groq":{"id"}}</c>; <c>text</c> = the bare text as <c>text/plain; charset=UTF-8</c>;
/// <c>verbose_json</c> = <c>task, language, duration, text, segments</c> (null unless segment timestamps were asked for
/// or no granularity was given), <c>words</c> (only when word timestamps were asked for), <c>x_groq</c>.
/// </summary>
internal static class TranscriptionRenderer
{
    public const string TextContentType = "text/plain; charset=UTF-8";

    public static (byte[] Body, string ContentType) Render(TranscriptionRequest request, EmulatedTranscript transcript, string requestId) =>
        request.ResponseFormat switch
        {
            "text" => (Encoding.UTF8.GetBytes(transcript.Text), TextContentType),
            "verbose_json" => (Verbose(request, transcript, requestId), "application/json"),
            _ => (EmulatorJson.Write(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("text", transcript.Text);
                WriteXGroq(writer, requestId);
                writer.WriteEndObject();
            }), "application/json"),
        };

    private static byte[] Verbose(TranscriptionRequest request, EmulatedTranscript transcript, string requestId) => EmulatorJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("task", request.Translate ? "translate" : "transcribe");
        writer.WriteString("language", TranscriptionResponder.LanguageName(request));
        writer.WriteNumber("duration", transcript.Duration);
        writer.WriteString("text", transcript.Text);
        if (request.SegmentTimestamps)
        {
            writer.WriteStartArray("segments");
            foreach (var segment in transcript.Segments)
            {
                WriteSegment(writer, segment);
            }

            writer.WriteEndArray();
        }
        else
        {
            writer.WriteNull("segments");
        }

        if (request.WordTimestamps)
        {
            writer.WriteStartArray("words");
            foreach (var word in transcript.Words)
            {
                writer.WriteStartObject();
                writer.WriteString("word", word.Word);
                writer.WriteNumber("start", word.Start);
                writer.WriteNumber("end", word.End);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        WriteXGroq(writer, requestId);
        writer.WriteEndObject();
    });

    private static void WriteSegment(Utf8JsonWriter writer, TranscriptSegment segment)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", segment.Id);
        writer.WriteNumber("seek", segment.Seek);
        writer.WriteNumber("start", segment.Start);
        writer.WriteNumber("end", segment.End);
        writer.WriteString("text", segment.Text);
        writer.WriteStartArray("tokens");
        foreach (var token in segment.Tokens)
        {
            writer.WriteNumberValue(token);
        }

        writer.WriteEndArray();
        writer.WriteNumber("temperature", segment.Temperature);
        writer.WriteNumber("avg_logprob", segment.AvgLogprob);
        writer.WriteNumber("compression_ratio", segment.CompressionRatio);
        writer.WriteNumber("no_speech_prob", segment.NoSpeechProb);
        writer.WriteEndObject();
    }

    private static void WriteXGroq(Utf8JsonWriter writer, string requestId)
    {
        writer.WriteStartObject("x_groq");
        writer.WriteString("id", requestId);
        writer.WriteEndObject();
    }
}
