using FluentAssertions;
using SemanticKernel.Connectors.Groq.Audio;
using SemanticKernel.Connectors.Groq.Audio.AudioChunking;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Audio;

/// <summary>Merging chunk transcripts: shifted times, overlaps kept once, renumbering, and text-only joins.</summary>
public sealed class TranscriptMergerTests
{
    // Two 10-minute chunks overlapping by 10 s (590..600 s): the cut is at 595 s.
    private static readonly AudioChunkPlan First = Plan(0, 0, 600);
    private static readonly AudioChunkPlan Second = Plan(1, 590, 600);

    private static AudioChunkPlan Plan(int index, double offsetSeconds, double durationSeconds) =>
        new(index, TimeSpan.FromSeconds(offsetSeconds), TimeSpan.FromSeconds(durationSeconds), (long)offsetSeconds * 32000, (long)durationSeconds * 32000);

    private static GroqTranscriptionSegment Segment(double start, double end, string text, int id = 0) => new()
    {
        Id = id,
        Seek = (int)(start * 100),
        Start = TimeSpan.FromSeconds(start),
        End = TimeSpan.FromSeconds(end),
        Text = text,
        Tokens = [1, 2, 3],
        AvgLogprob = -0.2,
        CompressionRatio = 1.6,
    };

    private static GroqTranscriptionWord Word(string word, double start, double end) => new(word, TimeSpan.FromSeconds(start), TimeSpan.FromSeconds(end));

    private static ChunkTranscript Chunk(
        AudioChunkPlan plan, IReadOnlyList<GroqTranscriptionSegment>? segments, IReadOnlyList<GroqTranscriptionWord>? words = null,
        string? language = "English", string? requestId = null) =>
        new(plan, new Transcript(string.Concat(segments?.Select(s => s.Text) ?? []), language, plan.Duration, segments, words, requestId));

    private static ChunkTranscript TextChunk(AudioChunkPlan plan, string text) =>
        new(plan, new Transcript(text, null, null, null, null, null));

    [Fact]
    public void Segment_and_word_times_and_seek_are_shifted_by_the_chunk_offset()
    {
        var merged = TranscriptMerger.Merge(
        [
            Chunk(First, [Segment(1, 4, " Hello.")], [Word("Hello", 1, 4)]),
            Chunk(Second, [Segment(12, 15.5, " Again.")], [Word("Again", 12, 15.5)]),
        ]);

        merged.Segments!.Select(s => (s.Start.TotalSeconds, s.End.TotalSeconds, s.Seek)).Should().Equal((1, 4, 100), (602, 605.5, 60_200));
        merged.Words!.Select(w => (w.Word, w.Start.TotalSeconds, w.End.TotalSeconds)).Should().Equal(("Hello", 1, 4), ("Again", 602, 605.5));
    }

    [Fact]
    public void Segments_in_the_overlap_are_kept_once_split_at_its_middle()
    {
        var merged = TranscriptMerger.Merge(
        [
            Chunk(First, [Segment(580, 588, " One two."), Segment(588, 594, " Three four."), Segment(594.5, 599, " Five six.")]),
            Chunk(Second, [Segment(0, 4, " Three four."), Segment(4.5, 9, " Five six."), Segment(9, 14, " Seven eight.")]),
        ]);

        merged.Segments!.Select(s => s.Text).Should().Equal(" One two.", " Three four.", " Five six.", " Seven eight.");
        merged.Segments!.Select(s => s.Start.TotalSeconds).Should().Equal(580, 588, 594.5, 599);
        merged.Text.Should().Be("One two. Three four. Five six. Seven eight.");
    }

    [Fact]
    public void Words_in_the_overlap_are_kept_once_split_at_its_middle()
    {
        var merged = TranscriptMerger.Merge(
        [
            Chunk(First, [], [Word("five", 593, 594.5), Word("six", 594.9, 595.4), Word("seven", 595.5, 596)]),
            Chunk(Second, [], [Word("five", 3, 4.5), Word("six", 4.9, 5.4), Word("seven", 5.5, 6), Word("eight", 6.2, 7)]),
        ]);

        merged.Words!.Select(w => (w.Word, w.Start.TotalSeconds)).Should().Equal(("five", 593), ("six", 594.9), ("seven", 595.5), ("eight", 596.2));
    }

    [Fact]
    public void Segment_running_past_the_cut_into_the_next_chunks_first_segment_is_said_once()
    {
        var merged = TranscriptMerger.Merge(
        [
            Chunk(First, [Segment(585, 593, " One two three four."), Segment(593, 599.5, " Five six seven")]),
            Chunk(Second, [Segment(3, 6, " Five"), Segment(6, 11, " six seven eight nine."), Segment(11, 15, " Ten.")]),
        ]);

        merged.Segments!.Select(s => s.Text).Should().Equal(" One two three four.", " Five six seven", " eight nine.", " Ten.");
        merged.Segments![2].Tokens.Should().BeEmpty("the token ids no longer match the trimmed text");
        merged.Segments![1].Tokens.Should().Equal(1, 2, 3);
        merged.Text.Should().Be("One two three four. Five six seven eight nine. Ten.");
    }

    [Fact]
    public void Segments_trimmed_at_a_seam_take_their_times_from_the_word_timestamps_they_keep()
    {
        // Chunk 1 garbles its last word ("echo", timed at the very edge); chunk 2 says "foxtrot" at 596.3 s.
        var merged = TranscriptMerger.Merge(
        [
            Chunk(
                First,
                [Segment(591, 599.9, " alpha bravo charlie delta echo")],
                [Word("alpha", 591, 592), Word("bravo", 592.2, 593), Word("charlie", 593.2, 594), Word("delta", 594.2, 595), Word("echo", 599, 599.9)]),
            Chunk(
                Second,
                [Segment(1, 12, " bravo charlie delta foxtrot golf")],
                [Word("bravo", 2.2, 3), Word("charlie", 3.2, 4), Word("delta", 4.2, 5), Word("foxtrot", 6.3, 7), Word("golf", 11, 12)]),
        ]);

        // Before: the head kept its untrimmed end (599.9 s) and the tail started there too, 4.9 s and 3.6 s off.
        merged.Segments!.Select(s => (s.Text, s.Start.TotalSeconds, s.End.TotalSeconds)).Should().Equal(
            (" alpha bravo charlie delta", 591, 595),
            (" foxtrot golf", 596.3, 602));
    }

    [Fact]
    public void Segments_trimmed_at_a_seam_without_word_timestamps_are_timed_by_the_share_of_characters_kept()
    {
        var merged = TranscriptMerger.Merge(
        [
            Chunk(First, [Segment(590, 600, " aaaa bbbb cccc dddd eeee")]),
            Chunk(Second, [Segment(2, 14, " bbbb cccc dddd ffff gggg hhhh")]),
        ]);

        // 16 of 20 letters kept: 8 of 10 s; 12 of 24 letters dropped: 6 of 12 s. Before: both at 600 s.
        merged.Segments!.Select(s => (s.Text, s.Start.TotalSeconds, s.End.TotalSeconds)).Should().Equal(
            (" aaaa bbbb cccc dddd", 590, 598),
            (" ffff gggg hhhh", 598, 604));
    }

    [Fact]
    public void Share_kept_is_counted_in_letters_not_words()
    {
        var merged = TranscriptMerger.Merge(
        [
            Chunk(First, [Segment(590, 596, " alpha bravo charlie delta")]),
            Chunk(Second, [Segment(1, 11, " bravo charlie delta extraordinarily")]),
        ]);

        // "bravo charlie delta" is 17 of the 32 letters: the tail starts 5.3125 s in (by words, 3 of 4, it would be 7.5 s).
        merged.Segments!.Select(s => (s.Text, s.Start.TotalSeconds, s.End.TotalSeconds)).Should().Equal(
            (" alpha bravo charlie delta", 590, 596),
            (" extraordinarily", 596.3125, 601));
    }

    [Fact]
    public void Trimmed_tail_estimated_before_the_end_of_the_segment_before_it_starts_where_that_one_ends()
    {
        var merged = TranscriptMerger.Merge(
        [
            Chunk(First, [Segment(590, 600, " alpha bravo charlie delta")]),
            Chunk(Second, [Segment(1, 11, " bravo charlie delta extraordinarily")]),
        ]);

        merged.Segments!.Select(s => (s.Start.TotalSeconds, s.End.TotalSeconds)).Should().Equal((590, 600), (600, 601));
    }

    [Fact]
    public void Word_timestamps_that_do_not_line_up_with_the_segments_words_fall_back_to_the_share_of_characters()
    {
        var merged = TranscriptMerger.Merge(
        [
            Chunk(First, [Segment(590, 600, " aaaa bbbb cccc dddd eeee")], [Word("aaaa", 590, 591)]),
            Chunk(Second, [Segment(2, 14, " bbbb cccc dddd ffff gggg hhhh")], [Word("ffff", 8, 9)]),
        ]);

        merged.Segments!.Select(s => (s.Start.TotalSeconds, s.End.TotalSeconds)).Should().Equal((590, 598), (598, 604));
    }

    [Fact]
    public void Segments_are_renumbered_from_zero_and_keep_their_quality()
    {
        var doubtful = Segment(10, 12, " Mumble.", id: 7) with { Quality = GroqSegmentQuality.LowConfidence };
        var merged = TranscriptMerger.Merge(
        [
            Chunk(First, [Segment(0, 5, " A.", id: 0), doubtful]),
            Chunk(Second, [Segment(20, 25, " B.", id: 0), Segment(25, 30, " C.", id: 1)]),
        ]);

        merged.Segments!.Select(s => s.Id).Should().Equal(0, 1, 2, 3);
        merged.Segments![1].Quality.Should().Be(GroqSegmentQuality.LowConfidence);
    }

    [Fact]
    public void Chunks_given_out_of_order_are_merged_in_index_order()
    {
        ChunkTranscript[] chunks =
        [
            Chunk(Second, [Segment(20, 25, " Later.")]),
            Chunk(First, [Segment(0, 5, " Earlier.")]),
        ];

        TranscriptMerger.Merge(chunks).Text.Should().Be("Earlier. Later.");
    }

    [Fact]
    public void Duration_language_and_request_id_come_from_the_plan_and_the_first_chunk_that_has_them()
    {
        var merged = TranscriptMerger.Merge(
        [
            Chunk(First, [], language: null, requestId: "req_first"),
            Chunk(Second, [], language: "English", requestId: "req_second"),
            Chunk(Plan(2, 1180, 75.5), [], language: "French", requestId: "req_third"),
        ]);

        merged.Duration.Should().Be(TimeSpan.FromSeconds(1255.5));
        merged.Language.Should().Be("English");
        merged.RequestId.Should().Be("req_first");
    }

    [Fact]
    public void Text_repeated_in_the_overlap_is_kept_once()
    {
        var merged = TranscriptMerger.Merge(
        [
            TextChunk(Plan(0, 0, 60), "The quick brown fox jumps over the lazy dog."),
            TextChunk(Plan(1, 50, 60), "Over the lazy dog. Then it ran away."),
        ]);

        merged.Text.Should().Be("The quick brown fox jumps over the lazy dog. Then it ran away.");
        merged.Segments.Should().BeNull();
        merged.Words.Should().BeNull();
    }

    [Fact]
    public void Text_overlap_is_found_under_different_case_and_punctuation()
    {
        var merged = TranscriptMerger.Merge(
        [
            TextChunk(Plan(0, 0, 60), "and then we said, Hello there"),
            TextChunk(Plan(1, 50, 60), "We said hello there! Nice to meet you."),
        ]);

        merged.Text.Should().Be("and then we said, Hello there Nice to meet you.");
    }

    [Fact]
    public void Text_overlap_is_found_between_words_garbled_at_the_chunk_edges()
    {
        var merged = TranscriptMerger.Merge(
        [
            TextChunk(Plan(0, 0, 60), "We went to the market and bought some appl"),
            TextChunk(Plan(1, 50, 60), "ples and bought some apples and pears."),
        ]);

        merged.Text.Should().Be("We went to the market and bought some apples and pears.");
    }

    [Fact]
    public void Periodic_text_matches_no_more_than_the_overlaps_share_of_words_allows()
    {
        // 300 words a minute, 10 s overlap: about 50 words repeat; the search stops at 2 x 50 + 8 = 108, not at all 300.
        string la = string.Join(' ', Enumerable.Repeat("la", 300));

        var merged = TranscriptMerger.Merge([TextChunk(Plan(0, 0, 60), la), TextChunk(Plan(1, 50, 60), la)]);

        TextOverlap.CountWords(merged.Text).Should().Be(600 - 108);
    }

    [Fact]
    public void Texts_sharing_no_words_are_joined_with_a_space()
    {
        var merged = TranscriptMerger.Merge(
        [
            TextChunk(Plan(0, 0, 60), " Alpha beta gamma. "),
            TextChunk(Plan(1, 50, 60), "Delta epsilon."),
            TextChunk(Plan(2, 100, 30), ""),
        ]);

        merged.Text.Should().Be("Alpha beta gamma. Delta epsilon.");
        merged.Duration.Should().Be(TimeSpan.FromSeconds(130));
    }

    [Fact]
    public void Three_text_chunks_are_joined_at_both_seams()
    {
        var merged = TranscriptMerger.Merge(
        [
            TextChunk(Plan(0, 0, 60), "one two three four five"),
            TextChunk(Plan(1, 50, 60), "four five six seven eight"),
            TextChunk(Plan(2, 100, 60), "seven eight nine ten"),
        ]);

        merged.Text.Should().Be("one two three four five six seven eight nine ten");
    }

    [Fact]
    public void No_chunks_is_refused()
    {
        Action act = () => TranscriptMerger.Merge([]);

        act.Should().Throw<ArgumentException>();
    }
}
