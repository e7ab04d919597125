namespace SemanticKernel.Connectors.Groq.Audio.AudioChunking;

/// <summary>Merges the transcripts of overlapping chunks into one transcript of the whole file.</summary>
/// <remarks>
/// Each overlap gets a cut at its middle, and the earlier chunk keeps the segments and words that start before it. The
/// later chunk takes over where those end: its segments that end after the last kept segment (minus the words both
/// say, see <see cref="TextOverlap"/>) and its words whose middle is after the last kept word's end. Comparing with
/// what was kept, not with the cut alone, keeps a word or a segment's tail that the two chunks time on different sides
/// of the cut from being doubled or lost. A segment trimmed at a seam is timed from the words it keeps
/// (<see cref="SegmentTiming"/>), not from the untrimmed segment. Text without segments (<c>json</c>, <c>text</c>) is joined where the two
/// chunks' texts repeat each other.
/// </remarks>
internal static class TranscriptMerger
{
    private const long TicksPerSeekFrame = 10 * TimeSpan.TicksPerMillisecond;

    /// <summary>Merges <paramref name="chunks"/> (in any order; they are put in <see cref="AudioChunkPlan.Index"/> order).</summary>
    /// <param name="chunks">Every chunk's transcript, timed from the start of its chunk.</param>
    /// <returns>The transcript of the whole file, timed from its start.</returns>
    public static Transcript Merge(IReadOnlyList<ChunkTranscript> chunks)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        if (chunks.Count == 0)
        {
            throw new ArgumentException("There are no chunk transcripts to merge.", nameof(chunks));
        }

        ChunkTranscript[] ordered = [.. chunks.OrderBy(c => c.Chunk.Index)];
        TimeSpan[] cuts = Cuts(ordered);
        List<GroqTranscriptionSegment>? segments = ordered.All(c => c.Transcript.Segments is not null) ? MergeSegments(ordered, cuts) : null;
        List<GroqTranscriptionWord>? words = ordered.Any(c => c.Transcript.Words is not null) ? MergeWords(ordered, cuts) : null;

        // A chunk with text but no segments (it happens with word-only granularity) would lose its text if joined from segments.
        bool textFromSegments = segments is not null &&
            ordered.All(c => c.Transcript.Segments!.Count > 0 || string.IsNullOrWhiteSpace(c.Transcript.Text));
        string text = textFromSegments ? JoinSegments(segments!) : JoinTexts(ordered);

        AudioChunkPlan last = ordered[^1].Chunk;
        return new Transcript(
            text,
            ordered.Select(c => c.Transcript.Language).FirstOrDefault(l => l is not null),
            last.Offset + last.Duration,
            segments,
            words,
            ordered.Select(c => c.Transcript.RequestId).FirstOrDefault(id => id is not null));
    }

    // cuts[k] is where chunk k takes over from chunk k-1 (cuts[0] is unused): the middle of their overlap.
    private static TimeSpan[] Cuts(ChunkTranscript[] chunks)
    {
        var cuts = new TimeSpan[chunks.Length];
        for (int k = 1; k < chunks.Length; k++)
        {
            AudioChunkPlan previous = chunks[k - 1].Chunk;
            TimeSpan start = chunks[k].Chunk.Offset;
            TimeSpan overlap = previous.Offset + previous.Duration - start;
            cuts[k] = overlap > TimeSpan.Zero ? start + TimeSpan.FromTicks(overlap.Ticks / 2) : start;
        }

        return cuts;
    }

    private static bool BeforeNextCut(TimeSpan[] cuts, int k, TimeSpan start) => k == cuts.Length - 1 || start < cuts[k + 1];

    private static List<GroqTranscriptionSegment> MergeSegments(ChunkTranscript[] chunks, TimeSpan[] cuts)
    {
        var merged = new List<GroqTranscriptionSegment>();
        var origins = new List<int>();
        var words = new IReadOnlyList<GroqTranscriptionWord>?[chunks.Length];
        for (int k = 0; k < chunks.Length; k++)
        {
            TimeSpan offset = chunks[k].Chunk.Offset;
            words[k] = chunks[k].Transcript.Words?.Select(w => w with { Start = w.Start + offset, End = w.End + offset }).ToList();
            int seekShift = (int)((offset.Ticks + (TicksPerSeekFrame / 2)) / TicksPerSeekFrame);
            int seam = merged.Count;
            TimeSpan? saidUntil = seam > 0 ? merged[^1].End : null;
            foreach (GroqTranscriptionSegment segment in chunks[k].Transcript.Segments!)
            {
                TimeSpan start = segment.Start + offset;
                TimeSpan end = segment.End + offset;

                // A segment that starts before the cut but runs past what the earlier chunk said is kept (dropping it
                // would lose its tail; TrimSeam removes the words it repeats); one that ends within it is a repeat.
                if (BeforeNextCut(cuts, k, start) && (saidUntil is null || end > saidUntil))
                {
                    merged.Add(segment with { Start = start, End = end, Seek = segment.Seek + seekShift });
                    origins.Add(k);
                }
            }

            if (seam > 0)
            {
                TrimSeam(merged, origins, words, seam);
            }
        }

        for (int i = 0; i < merged.Count; i++)
        {
            merged[i] = merged[i] with { Id = i };
        }

        return merged;
    }

    // The last segment kept from chunk k-1 and the first kept from chunk k can cover the same stretch of the overlap,
    // both saying the same words; those words are kept once (the edited segments' token ids no longer match their
    // text, so they are dropped). Without words in common both are kept whole: a repeat is better than a loss. A trimmed
    // segment is timed from the words it keeps (see SegmentTiming), never starting before the segment before it ends.
    private static void TrimSeam(
        List<GroqTranscriptionSegment> merged, List<int> origins, IReadOnlyList<GroqTranscriptionWord>?[] words, int seam)
    {
        while (seam < merged.Count)
        {
            GroqTranscriptionSegment last = merged[seam - 1];
            GroqTranscriptionSegment first = merged[seam];
            if (first.Start >= last.End)
            {
                return;
            }

            int maxWords = TextOverlap.MaxRunWords(TextOverlap.CountWords(last.Text), last.End - first.Start, last.End - last.Start);
            if (TextOverlap.Find(last.Text, first.Text, maxWords) is not { } cut)
            {
                return;
            }

            if (cut.PreviousEnd < last.Text.Length)
            {
                last = SegmentTiming.KeepHead(last, cut.PreviousEnd, words[origins[seam - 1]]);
                merged[seam - 1] = last;
            }

            if (!string.IsNullOrWhiteSpace(first.Text[cut.NextStart..]))
            {
                var rest = SegmentTiming.KeepTail(first, cut.NextStart, words[origins[seam]]);
                merged[seam] = rest.Start < last.End ? rest with { Start = last.End < rest.End ? last.End : rest.End } : rest;
                return;
            }

            merged.RemoveAt(seam);
            origins.RemoveAt(seam);
        }
    }

    private static List<GroqTranscriptionWord> MergeWords(ChunkTranscript[] chunks, TimeSpan[] cuts)
    {
        var merged = new List<GroqTranscriptionWord>();
        for (int k = 0; k < chunks.Length; k++)
        {
            TimeSpan offset = chunks[k].Chunk.Offset;
            TimeSpan? saidUntil = merged.Count > 0 ? merged[^1].End : null;
            foreach (GroqTranscriptionWord word in chunks[k].Transcript.Words ?? [])
            {
                TimeSpan start = word.Start + offset;
                TimeSpan end = word.End + offset;

                // Two chunks time the same word a little differently: its middle, not its start, says whose it is.
                if (BeforeNextCut(cuts, k, start) && (saidUntil is null || start + ((end - start) / 2) > saidUntil))
                {
                    merged.Add(word with { Start = start, End = end });
                }
            }
        }

        return merged;
    }

    private static string JoinSegments(List<GroqTranscriptionSegment> segments) =>
        string.Join(' ', segments.Select(s => s.Text.Trim()).Where(t => t.Length > 0));

    private static string JoinTexts(ChunkTranscript[] chunks)
    {
        string[] texts = [.. chunks.Select(c => c.Transcript.Text.Trim())];
        int[] heads = new int[texts.Length];
        int[] tails = [.. texts.Select(t => t.Length)];
        for (int k = 1; k < texts.Length; k++)
        {
            AudioChunkPlan previous = chunks[k - 1].Chunk;
            TimeSpan overlap = previous.Offset + previous.Duration - chunks[k].Chunk.Offset;
            int maxWords = TextOverlap.MaxRunWords(TextOverlap.CountWords(texts[k - 1]), overlap, previous.Duration);

            // Search only what the seam before chunk k-1 left of it.
            string rest = texts[k - 1][heads[k - 1]..];
            if (TextOverlap.Find(rest, texts[k], maxWords) is { } cut)
            {
                tails[k - 1] = heads[k - 1] + cut.PreviousEnd;
                heads[k] = cut.NextStart;
            }
        }

        return string.Join(' ', texts.Select((t, k) => t[heads[k]..tails[k]].Trim()).Where(t => t.Length > 0));
    }
}
