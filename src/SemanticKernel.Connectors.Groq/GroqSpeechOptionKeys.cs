namespace SemanticKernel.Connectors.Groq;

/// <summary>
/// Keys of <c>SpeechToTextOptions.AdditionalProperties</c> that <c>GroqSpeechToTextClient</c> reads: Groq's
/// transcription fields that MEAI's options have no property for, plus progress reporting for chunked audio.
/// </summary>
public static class GroqSpeechOptionKeys
{
    /// <summary>
    /// The file name sent with the audio (a <see cref="string"/>); its extension names the format. Default: the
    /// stream's own file name, else a name for the format its first bytes show (WAV, FLAC, MP3, OGG, WebM, MP4).
    /// </summary>
    public const string FileName = "filename";

    /// <summary>Context or spellings for the model, at most 224 tokens (a <see cref="string"/>).</summary>
    public const string Prompt = "prompt";

    /// <summary><c>json</c> (default), <c>verbose_json</c> or <c>text</c> (a <see cref="string"/>).</summary>
    public const string ResponseFormat = "response_format";

    /// <summary>Sampling temperature, 0 to 1 (a number).</summary>
    public const string Temperature = "temperature";

    /// <summary><c>segment</c> and/or <c>word</c> (a list of strings); needs <c>verbose_json</c>.</summary>
    public const string TimestampGranularities = "timestamp_granularities";

    /// <summary>An <see cref="IProgress{T}"/> of <see cref="GroqTranscriptionProgress"/> told of chunks done.</summary>
    public const string Progress = "progress";
}
