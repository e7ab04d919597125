namespace SemanticKernel.Connectors.Groq.Audio.AudioChunking;

/// <summary>Finds the run of words that two transcripts of overlapping audio both hold at their seam, so a merge keeps it once.</summary>
internal static class TextOverlap
{
    // A run this long may lie anywhere in the two seam windows. A shorter run counts only when it exactly ends the first
    // text and begins the second: Whisper often garbles the words cut at a chunk's edge, so the very ends rarely agree,
    // while a short run found in the middle of the windows is too likely a coincidence ("of the").
    private const int MinFloatingRun = 3;

    /// <summary>
    /// How many words at the end of the previous text and at the start of the next one the search looks at: twice the
    /// previous text's share of words in the overlap, plus 8, so that periodic text cannot match far beyond the overlap.
    /// </summary>
    /// <param name="previousWords">Words in the previous text.</param>
    /// <param name="overlap">How long the two pieces of audio overlap.</param>
    /// <param name="previousDuration">How long the previous piece of audio is.</param>
    public static int MaxRunWords(int previousWords, TimeSpan overlap, TimeSpan previousDuration)
    {
        if (overlap <= TimeSpan.Zero)
        {
            return 0;
        }

        if (previousDuration <= TimeSpan.Zero)
        {
            return (2 * previousWords) + 8;
        }

        long overlapTicks = Math.Min(overlap.Ticks, previousDuration.Ticks);
        Int128 doubled = (Int128)2 * previousWords * overlapTicks;
        return (int)((doubled + previousDuration.Ticks - 1) / previousDuration.Ticks) + 8;
    }

    /// <summary>The whitespace-separated words in <paramref name="text"/>.</summary>
    public static int CountWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && (i == 0 || char.IsWhiteSpace(text[i - 1])))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Finds the longest run of words (compared case-insensitively, ignoring punctuation) among the last
    /// <paramref name="maxWords"/> words of <paramref name="previous"/> and the first <paramref name="maxWords"/> of
    /// <paramref name="next"/>; ties go to the run nearest the seam.
    /// </summary>
    /// <returns>
    /// Where to cut: keep <c>previous[..PreviousEnd]</c> (through the run) and <c>next[NextStart..]</c> (after the run);
    /// <see langword="null"/> when there is no such run.
    /// </returns>
    public static (int PreviousEnd, int NextStart)? Find(string previous, string next, int maxWords)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(next);
        if (maxWords <= 0)
        {
            return null;
        }

        List<Word> before = Words(previous);
        List<Word> after = Words(next);
        before.RemoveRange(0, Math.Max(0, before.Count - maxWords));
        after.RemoveRange(Math.Min(maxWords, after.Count), Math.Max(0, after.Count - maxWords));

        int p = before.Count;
        int n = after.Count;
        int[] lastRow = new int[n + 1];
        int[] row = new int[n + 1];
        (int Length, int Skip, int BeforeEnd, int AfterEnd) best = (0, int.MaxValue, -1, -1);
        for (int i = 0; i < p; i++)
        {
            for (int j = 0; j < n; j++)
            {
                int length = string.Equals(before[i].Key, after[j].Key, StringComparison.Ordinal) ? lastRow[j] + 1 : 0;
                row[j + 1] = length;
                int tailSkipped = p - 1 - i;
                int headSkipped = j + 1 - length;
                if (length == 0 || (length < MinFloatingRun && (tailSkipped > 0 || headSkipped > 0)))
                {
                    continue;
                }

                int skip = tailSkipped + headSkipped;
                if (length > best.Length || (length == best.Length && skip < best.Skip))
                {
                    best = (length, skip, i, j);
                }
            }

            (lastRow, row) = (row, lastRow);
        }

        return best.Length == 0 ? null : (before[best.BeforeEnd].End, after[best.AfterEnd].End);
    }

    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var key = new System.Text.StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            key.Clear();
            for (; i < text.Length && !char.IsWhiteSpace(text[i]); i++)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    key.Append(char.ToLowerInvariant(text[i]));
                }
            }

            // A token of punctuation only ("-", "...") is no word to match on.
            if (key.Length > 0)
            {
                words.Add(new Word(i, key.ToString()));
            }
        }

        return words;
    }

    private readonly record struct Word(int End, string Key);
}
