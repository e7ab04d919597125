namespace SemanticKernel.Connectors.Groq.Audio.AudioChunking;

/// <summary>
/// The times of a segment the merge trimmed at a seam (pure): the kept part starts or ends where its words do. With the
/// chunk's word timestamps (<c>timestamp_granularities[]=word</c>) those words' own times are used; without them, or when
/// they do not line up one to one with the segment's words, the time is split by the share of the segment's
/// non-space characters kept, taking speech to run at an even pace through the segment.
/// </summary>
internal static class SegmentTiming
{
    /// <summary>The segment cut to <c>Text[..end]</c>, ending when its last kept word ends.</summary>
    /// <param name="segment">The segment, timed from the start of the file.</param>
    /// <param name="end">Where the kept text ends; a word boundary.</param>
    /// <param name="words">The words of the chunk the segment came from, timed from the start of the file, or <see langword="null"/>.</param>
    public static GroqTranscriptionSegment KeepHead(GroqTranscriptionSegment segment, int end, IReadOnlyList<GroqTranscriptionWord>? words)
    {
        string kept = segment.Text[..end];
        int keptWords = SpokenWords(kept);
        TimeSpan newEnd = WordsOf(segment, words) is { } own && keptWords > 0
            ? Clamp(own[keptWords - 1].End, segment)
            : segment.Start + Share(segment, NonSpace(kept));
        return segment with { Text = kept, Tokens = [], End = newEnd };
    }

    /// <summary>The segment cut to <c>Text[start..]</c>, starting when its first kept word starts.</summary>
    /// <param name="segment">The segment, timed from the start of the file.</param>
    /// <param name="start">Where the kept text starts; a word boundary.</param>
    /// <param name="words">The words of the chunk the segment came from, timed from the start of the file, or <see langword="null"/>.</param>
    public static GroqTranscriptionSegment KeepTail(GroqTranscriptionSegment segment, int start, IReadOnlyList<GroqTranscriptionWord>? words)
    {
        string dropped = segment.Text[..start];
        int droppedWords = SpokenWords(dropped);
        TimeSpan newStart = WordsOf(segment, words) is { } own && droppedWords < own.Count
            ? Clamp(own[droppedWords].Start, segment)
            : segment.Start + Share(segment, NonSpace(dropped));
        return segment with { Text = segment.Text[start..], Tokens = [], Start = newStart };
    }

    // The chunk's words said within the segment, if there is exactly one for each word of its text.
    private static List<GroqTranscriptionWord>? WordsOf(GroqTranscriptionSegment segment, IReadOnlyList<GroqTranscriptionWord>? words)
    {
        if (words is null)
        {
            return null;
        }

        var own = words.Where(w => w.Start + ((w.End - w.Start) / 2) is var middle && middle >= segment.Start && middle <= segment.End).ToList();
        return own.Count > 0 && own.Count == SpokenWords(segment.Text) ? own : null;
    }

    private static TimeSpan Share(GroqTranscriptionSegment segment, int characters)
    {
        int total = NonSpace(segment.Text);
        return total == 0 ? TimeSpan.Zero : TimeSpan.FromTicks((long)Math.Round((segment.End - segment.Start).Ticks * ((double)characters / total)));
    }

    private static TimeSpan Clamp(TimeSpan time, GroqTranscriptionSegment segment) =>
        time < segment.Start ? segment.Start : time > segment.End ? segment.End : time;

    private static int NonSpace(string text) => text.Count(c => !char.IsWhiteSpace(c));

    // Whitespace-separated tokens with a letter or digit: what Whisper's word timestamps list (punctuation is not a word).
    private static int SpokenWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(token => token.Any(char.IsLetterOrDigit));
}
