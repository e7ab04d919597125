using System.Globalization;

namespace SemanticKernel.Connectors.Groq.Audio.AudioChunking;

/// <summary>The exception a chunked transcription fails with when one chunk fails for good (pure).</summary>
internal static class ChunkFailure
{
    /// <summary>
    /// A <see cref="GroqException"/> naming the chunk (1-based, of <paramref name="count"/>) and the stretch of the file it
    /// covers, keeping what a <see cref="GroqException"/> cause says (status, code, request id, retry-after, rate limits).
    /// </summary>
    public static GroqException For(AudioChunkPlan chunk, int count, Exception cause)
    {
        string message = string.Create(
            CultureInfo.InvariantCulture,
            $"Chunk {chunk.Index + 1} of {count} ({Time(chunk.Offset)} to {Time(chunk.Offset + chunk.Duration)} of the audio) failed, so the transcription failed; nothing was merged: {cause.Message}");
        return cause is GroqException groq
            ? new GroqException(groq.StatusCode, groq.ResponseContent, message, cause)
            {
                ErrorCode = groq.ErrorCode,
                ErrorType = groq.ErrorType,
                Param = groq.Param,
                FailedGeneration = groq.FailedGeneration,
                RequestId = groq.RequestId,
                RetryAfter = groq.RetryAfter,
                RateLimits = groq.RateLimits,
            }
            : new GroqException(message, cause);
    }

    private static string Time(TimeSpan time) => time.ToString(time >= TimeSpan.FromHours(1) ? @"h\:mm\:ss\.fff" : @"m\:ss\.fff", CultureInfo.InvariantCulture);
}
