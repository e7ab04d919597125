using System.Globalization;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Audio;

/// <summary>
/// The deterministic "emulated Whisper" that answers <c>/audio/transcriptions</c> and <c>/audio/translations</c> when
/// nothing is scripted. Connector tests rely on this contract; all times are in seconds.
/// <list type="number">
/// <item><description><b>WAV</b> (RIFF, PCM 16-bit, <c>WAVE_FORMAT_PCM</c> or <c>WAVE_FORMAT_EXTENSIBLE</c>/PCM, any sample rate and
/// channel count), recognised by its bytes, not its file name. <c>duration</c> = sample frames / sample rate, exactly.
/// The audio is cut into consecutive 1-second windows from the first sample; a last partial window counts when it
/// lasts at least 0.01 s. A window whose RMS over all channels is below 1% of full scale (32768) is silence and yields
/// no word. Otherwise it yields the word <c>tone{F}</c>, where F is channel 0's zero-crossing count / 2 / window seconds,
/// rounded to the nearest 10 Hz (exact for a pure tone of a whole multiple of 10 Hz filling the window), e.g.
/// <c>tone440</c>. The word's <c>start</c> is the window index i and its <c>end</c> is min(i + 1, duration).</description></item>
/// <item><description><b>Segments</b> (WAV): one per consecutive group of 5 windows, so segment k covers
/// [5k, min(5k + 5, duration)] and the segments cover the whole duration. <c>id</c> = k, <c>seek</c> = start × 100
/// (10 ms frames), <c>text</c> = " " + the segment's words joined by " " (Whisper's leading space), or "" for an
/// all-silent segment; <c>tokens</c> = one id per word (the word's FNV-1a hash modulo 50257); <c>temperature</c> = the
/// request's temperature, else 0; <c>compression_ratio</c> = 1.6; <c>avg_logprob</c> = -0.15 and
/// <c>no_speech_prob</c> = 0.02 for a segment with words, -0.9 and 0.96 for a silent one.</description></item>
/// <item><description><b>Text</b>: the segments' texts concatenated, i.e. " " + every word joined by single spaces
/// (" tone440 tone880"), or "" when everything is silent. The recorded Groq responses have this leading space and no
/// trailing newline, also in <c>response_format=text</c>.</description></item>
/// <item><description><b>Audio that is not a decodable WAV</b> (mp3, ogg, a float WAV...): text
/// " Emulated transcription of {filename}" (translations: " Emulated translation of {filename}"), <c>duration</c> =
/// file bytes / 16000 (as if 128 kbit/s). A <c>url</c> instead of a file: " Emulated transcription of {url}" (or
/// translation), <c>duration</c> = 10. Both get one segment [0, duration] whose text is the whole text, and words that
/// split the duration evenly (times rounded to 0.01 s).</description></item>
/// <item><description><b>Language</b> (<c>verbose_json</c>): translations always report "English" and task
/// <c>translate</c>; transcriptions report task <c>transcribe</c> and the name of the request's <c>language</c>
/// (e.g. fr → "French"), else "English".</description></item>
/// <item><description><b>Scripted text</b> (<see cref="EmulatorResponse.Text"/>): the content is the text verbatim and
/// the single segment's text, over the duration the audio would have had; words split the duration evenly.</description></item>
/// </list>
/// </summary>
internal static class TranscriptionResponder
{
    private const double SilenceRms = 0.01;
    private const int WindowsPerSegment = 5;
    private const double BytesPerSecond = 16000;
    private const double UrlSeconds = 10;
    private const int TokenVocabulary = 50257;

    public static EmulatedTranscript Respond(TranscriptionRequest request, string? scriptedText)
    {
        var temperature = request.Temperature ?? 0;
        if (scriptedText is not null)
        {
            return Evenly(scriptedText, Duration(request), temperature);
        }

        if (request.File?.Wav is { } wav)
        {
            return FromWindows(wav, temperature);
        }

        var subject = request.Url ?? request.File!.Record.FileName;
        var verb = request.Translate ? "translation" : "transcription";
        return Evenly($" Emulated {verb} of {subject}", Duration(request), temperature);
    }

    public static string LanguageName(TranscriptionRequest request) =>
        !request.Translate && request.Language is { } code && WhisperLanguages.TryGetName(code, out var name) ? name : "English";

    private static double Duration(TranscriptionRequest request) =>
        request.File switch
        {
            null => UrlSeconds,
            { Wav: { } wav } => wav.Duration,
            { } file => file.Record.Length / BytesPerSecond,
        };

    private static EmulatedTranscript FromWindows(WavAnalysis wav, double temperature)
    {
        var duration = wav.Duration;
        var heard = wav.Windows
            .Where(window => window.Rms >= SilenceRms)
            .Select(window => (window.Index, Word: new TranscriptWord(WordFor(window), window.Index, Math.Min(window.Index + 1, duration))))
            .ToList();

        var windowCount = (wav.Frames + wav.SampleRate - 1) / wav.SampleRate;
        var segmentCount = (int)((windowCount + WindowsPerSegment - 1) / WindowsPerSegment);
        var segments = new List<TranscriptSegment>(segmentCount);
        for (var k = 0; k < segmentCount; k++)
        {
            var first = k * WindowsPerSegment;
            var words = heard.Where(entry => entry.Index >= first && entry.Index < first + WindowsPerSegment).Select(entry => entry.Word.Word).ToList();
            segments.Add(Segment(k, first, Math.Min(first + WindowsPerSegment, duration), words.Count == 0 ? string.Empty : " " + string.Join(' ', words), words, temperature));
        }

        var text = string.Concat(segments.Select(segment => segment.Text));
        return new EmulatedTranscript(text, duration, segments, [.. heard.Select(entry => entry.Word)]);
    }

    private static EmulatedTranscript Evenly(string text, double duration, double temperature)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var timed = new TranscriptWord[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            timed[i] = new TranscriptWord(words[i], Math.Round(duration * i / words.Length, 2), Math.Round(duration * (i + 1) / words.Length, 2));
        }

        return new EmulatedTranscript(text, duration, [Segment(0, 0, duration, text, words, temperature)], timed);
    }

    private static TranscriptSegment Segment(int id, double start, double end, string text, IReadOnlyCollection<string> words, double temperature)
    {
        var spoken = words.Count > 0;
        return new TranscriptSegment(
            id,
            (int)Math.Round(start * 100),
            start,
            end,
            text,
            [.. words.Select(word => (int)(Ids.Seed(word) % TokenVocabulary))],
            temperature,
            spoken ? -0.15 : -0.9,
            1.6,
            spoken ? 0.02 : 0.96);
    }

    private static string WordFor(AudioWindow window) =>
        "tone" + ((int)Math.Round(window.FrequencyHz / 10, MidpointRounding.AwayFromZero) * 10).ToString(CultureInfo.InvariantCulture);
}
