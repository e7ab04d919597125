using System.Net;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.Audio.AudioChunking;

namespace SemanticKernel.Connectors.Groq.UnitTests.Audio;

/// <summary>The exception a chunked transcription fails with when one chunk fails for good.</summary>
public sealed class ChunkFailureTests
{
    private static AudioChunkPlan Plan(int index, TimeSpan offset, TimeSpan duration) => new(index, offset, duration, 0, 0);

    [Fact]
    public void Message_names_the_chunk_from_1_of_all_and_its_stretch_of_the_audio_with_hours_past_the_first()
    {
        var chunk = Plan(6, TimeSpan.FromSeconds(3590), TimeSpan.FromMinutes(10));

        var failure = ChunkFailure.For(chunk, 13, new GroqException("Could not reach Groq."));

        failure.Message.Should().Be(
            "Chunk 7 of 13 (59:50.000 to 1:09:50.000 of the audio) failed, so the transcription failed; nothing was merged: Could not reach Groq.");
    }

    [Fact]
    public void Groq_cause_keeps_its_status_code_request_id_and_retry_after()
    {
        var cause = new GroqException(HttpStatusCode.TooManyRequests, "{}", "Groq returned 429")
        {
            ErrorCode = "rate_limit_exceeded", ErrorType = "requests", RequestId = "req_1", RetryAfter = TimeSpan.FromSeconds(2),
        };

        var failure = ChunkFailure.For(Plan(0, TimeSpan.Zero, TimeSpan.FromSeconds(30)), 2, cause);

        failure.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        failure.ResponseContent.Should().Be("{}");
        failure.ErrorCode.Should().Be("rate_limit_exceeded");
        failure.ErrorType.Should().Be("requests");
        failure.RequestId.Should().Be("req_1");
        failure.RetryAfter.Should().Be(TimeSpan.FromSeconds(2));
        failure.InnerException.Should().BeSameAs(cause);
    }

    [Fact]
    public void Other_cause_becomes_the_inner_exception_of_a_GroqException_without_a_status()
    {
        var cause = new EndOfStreamException("The audio source ended.");

        var failure = ChunkFailure.For(Plan(1, TimeSpan.FromSeconds(26), TimeSpan.FromSeconds(30)), 2, cause);

        failure.Message.Should().StartWith("Chunk 2 of 2 (0:26.000 to 0:56.000 of the audio) failed").And.EndWith("The audio source ended.");
        failure.StatusCode.Should().BeNull();
        failure.InnerException.Should().BeSameAs(cause);
    }
}
