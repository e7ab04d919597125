using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Core;
using SemanticKernel.Connectors.Groq.Core.Wire;
using SkTextContent = Microsoft.SemanticKernel.TextContent;

namespace SemanticKernel.Connectors.Groq.Audio;

/// <summary>Groq transcription answers to <see cref="Transcript"/>, and a transcript to SK and MEAI results (pure).</summary>
internal static class TranscriptMapper
{
    public static Transcript FromWire(WireTranscription wire, string? headerRequestId, GroqTranscriptionQualityThresholds thresholds)
    {
        List<GroqTranscriptionSegment>? segments = null;
        if (wire.Segments is { } wireSegments)
        {
            segments = new List<GroqTranscriptionSegment>(wireSegments.Count);
            foreach (var s in wireSegments)
            {
                segments.Add(new GroqTranscriptionSegment
                {
                    Id = s.Id,
                    Seek = s.Seek,
                    Start = WireNumbers.ClampedTimestamp(s.Start),
                    End = WireNumbers.ClampedTimestamp(s.End),
                    Text = s.Text ?? string.Empty,
                    Tokens = s.Tokens ?? [],
                    Temperature = s.Temperature,
                    AvgLogprob = s.AvgLogprob,
                    CompressionRatio = s.CompressionRatio,
                    NoSpeechProb = s.NoSpeechProb,
                    Quality = thresholds.Judge(s.AvgLogprob, s.NoSpeechProb, s.CompressionRatio),
                });
            }
        }

        List<GroqTranscriptionWord>? words = wire.Words?.ConvertAll(
            w => new GroqTranscriptionWord(w.Word ?? string.Empty, WireNumbers.ClampedTimestamp(w.Start), WireNumbers.ClampedTimestamp(w.End)));

        return new Transcript(
            wire.Text ?? string.Empty,
            wire.Language,
            WireNumbers.Seconds(wire.Duration),
            segments,
            words,
            wire.XGroq?.Id ?? headerRequestId);
    }

    /// <summary>The fields of a transcription whose times no <see cref="TimeSpan"/> can hold, or <see langword="null"/>.</summary>
    public static string? Unrepresentable(WireTranscription wire)
    {
        var fields = new List<string>();
        if (wire.Duration is { } duration && !WireNumbers.FitsSeconds(duration))
        {
            fields.Add("duration");
        }

        if (wire.Segments?.Exists(s => !WireNumbers.FitsTimestamp(s.Start) || !WireNumbers.FitsTimestamp(s.End)) == true)
        {
            fields.Add("segments[].start/end");
        }

        if (wire.Words?.Exists(w => !WireNumbers.FitsTimestamp(w.Start) || !WireNumbers.FitsTimestamp(w.End)) == true)
        {
            fields.Add("words[].start/end");
        }

        return fields.Count == 0 ? null : string.Join(", ", fields);
    }

    /// <summary>The transcript as the caller's format has it: <c>json</c> and <c>text</c> carry only the text.</summary>
    public static Transcript AsRequested(Transcript transcript, string responseFormat) =>
        responseFormat == "verbose_json" ? transcript : transcript with { Language = null, Duration = null, Segments = null, Words = null };

    public static SkTextContent ToTextContent(Transcript transcript, string modelId, object? raw, int? chunks) =>
        new(transcript.Text, modelId, raw, metadata: Metadata(transcript, chunks));

    public static SpeechToTextResponse ToSpeechToTextResponse(Transcript transcript, string modelId, object? raw, int? chunks)
    {
        var properties = new AdditionalPropertiesDictionary();
        foreach (var (key, value) in Metadata(transcript, chunks))
        {
            properties[key] = value;
        }

        return new SpeechToTextResponse([new TextContent(transcript.Text)])
        {
            ResponseId = transcript.RequestId,
            ModelId = modelId,
            StartTime = transcript.Duration is null ? null : TimeSpan.Zero,
            EndTime = transcript.Duration,
            RawRepresentation = raw,
            AdditionalProperties = properties,
        };
    }

    private static Dictionary<string, object?> Metadata(Transcript transcript, int? chunks)
    {
        var metadata = new Dictionary<string, object?>();
        Add(metadata, GroqMetadataKeys.RequestId, transcript.RequestId);
        Add(metadata, GroqMetadataKeys.Language, transcript.Language);
        Add(metadata, GroqMetadataKeys.Duration, transcript.Duration);
        Add(metadata, GroqMetadataKeys.Segments, transcript.Segments);
        Add(metadata, GroqMetadataKeys.Words, transcript.Words);
        Add(metadata, GroqMetadataKeys.Chunks, chunks);
        return metadata;
    }

    private static void Add(Dictionary<string, object?> metadata, string key, object? value)
    {
        if (value is not null)
        {
            metadata[key] = value;
        }
    }
}
