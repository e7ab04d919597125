namespace SemanticKernel.Connectors.Groq.Audio.AudioChunking;

/// <summary>Splits a WAV file's samples into overlapping chunks that each fit one Groq upload.</summary>
internal static class WavChunkPlanner
{
    /// <summary>
    /// Plans the chunks: chunk <c>k</c> starts at <c>k * (chunk - overlap)</c>, every chunk but the last is
    /// <see cref="GroqAudioChunkingOptions.ChunkDuration"/> long (shortened so that a header and its samples fit
    /// <see cref="GroqAudioChunkingOptions.MaxUploadBytes"/>), and the last ends at the end of the data. Boundaries fall on
    /// whole sample frames and, unless that would leave no room for the overlap, on whole milliseconds.
    /// </summary>
    /// <param name="format">The file's layout.</param>
    /// <param name="options">The chunk length, overlap and upload limit.</param>
    /// <returns>At least one chunk, in order; exactly one covering everything when the audio fits a single chunk.</returns>
    /// <exception cref="ArgumentException">An option is out of range, or the overlap is not shorter than the chunk length.</exception>
    public static IReadOnlyList<AudioChunkPlan> Plan(WavFormat format, GroqAudioChunkingOptions options)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(options);
        if (options.ChunkDuration <= TimeSpan.Zero)
        {
            throw new ArgumentException($"GroqAudioChunkingOptions.ChunkDuration must be positive; it is {options.ChunkDuration}.");
        }

        if (options.Overlap < TimeSpan.Zero)
        {
            throw new ArgumentException($"GroqAudioChunkingOptions.Overlap must not be negative; it is {options.Overlap}.");
        }

        long rate = format.SampleRate;
        int headerLength = WavHeader.LengthFor(format);
        long maxDataBytes = Math.Min(options.MaxUploadBytes - headerLength, WavHeader.MaxDataLength(format));
        long maxFrames = maxDataBytes / format.BlockAlign;
        if (maxFrames < 1)
        {
            throw new ArgumentException(
                $"GroqAudioChunkingOptions.MaxUploadBytes ({options.MaxUploadBytes}) leaves no room for a {headerLength}-byte WAV header and one {format.BlockAlign}-byte sample frame.");
        }

        long requestedFrames = Frames(options.ChunkDuration, rate);
        if (requestedFrames < 1)
        {
            throw new ArgumentException($"GroqAudioChunkingOptions.ChunkDuration ({options.ChunkDuration}) is shorter than one sample frame at {rate} Hz.");
        }

        bool shortened = requestedFrames > maxFrames;
        long chunkFrames = Math.Min(requestedFrames, maxFrames);
        long overlapFrames = Frames(options.Overlap, rate, roundToNearest: true);

        // A chunk shortened to fit the limit is cut to whole seconds, so that (with a whole-second overlap) every chunk
        // starts on a whole second of the file, as the default 10-minute chunks do.
        if (shortened && chunkFrames >= 2 * rate && chunkFrames / rate * rate > overlapFrames)
        {
            chunkFrames = chunkFrames / rate * rate;
        }

        // Whole milliseconds make every offset an exact TimeSpan; a sample rate like 44100 Hz needs 441-frame (10 ms) steps.
        long unit = rate / Gcd(rate, 1000);
        long alignedChunk = chunkFrames / unit * unit;
        long alignedOverlap = (overlapFrames + (unit / 2)) / unit * unit;
        if (alignedChunk > alignedOverlap)
        {
            (chunkFrames, overlapFrames) = (alignedChunk, alignedOverlap);
        }
        else
        {
            unit = 1;
        }

        if (overlapFrames >= chunkFrames)
        {
            string limit = shortened
                ? $", as ChunkDuration is shortened so a chunk fits GroqAudioChunkingOptions.MaxUploadBytes ({options.MaxUploadBytes} bytes)"
                : string.Empty;
            throw new ArgumentException(
                $"GroqAudioChunkingOptions.Overlap ({options.Overlap}) must be shorter than the chunk length ({format.FrameTime(chunkFrames)}{limit}).");
        }

        long total = format.FrameCount;

        if (total <= chunkFrames)
        {
            return [Chunk(format, 0, 0, total)];
        }

        long step = chunkFrames - overlapFrames;
        var chunks = new List<AudioChunkPlan>();
        for (long start = 0; ; start += step)
        {
            if (start + chunkFrames < total)
            {
                chunks.Add(Chunk(format, chunks.Count, start, chunkFrames));
                continue;
            }

            // A last chunk of a few frames (possible with a tiny overlap) would be below Groq's 0.01 s minimum and give
            // Whisper no context; starting it earlier still overlaps only the chunk before it, as minLast <= step.
            long minLast = Math.Min(rate, step);
            long earliest = (total - minLast + unit - 1) / unit * unit;
            start = Math.Min(start, earliest);
            chunks.Add(Chunk(format, chunks.Count, start, total - start));
            return chunks;
        }
    }

    private static AudioChunkPlan Chunk(WavFormat format, int index, long startFrame, long frames)
    {
        TimeSpan offset = format.FrameTime(startFrame);
        return new AudioChunkPlan(
            index,
            offset,
            format.FrameTime(startFrame + frames) - offset,
            startFrame * format.BlockAlign,
            frames * format.BlockAlign);
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }

    private static long Frames(TimeSpan time, long rate, bool roundToNearest = false)
    {
        Int128 scaled = ((Int128)time.Ticks * rate) + (roundToNearest ? TimeSpan.TicksPerSecond / 2 : 0);
        return (long)Int128.Min(scaled / TimeSpan.TicksPerSecond, long.MaxValue);
    }
}
