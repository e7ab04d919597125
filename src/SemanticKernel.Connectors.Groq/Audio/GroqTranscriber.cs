using System.Text.Json;
using Microsoft.Extensions.Logging;
using SemanticKernel.Connectors.Groq.Audio.AudioChunking;
using SemanticKernel.Connectors.Groq.Core;
using SemanticKernel.Connectors.Groq.Core.Wire;
using SemanticKernel.Connectors.Groq.Models;

namespace SemanticKernel.Connectors.Groq.Audio;

/// <summary>
/// The one transcription path under both audio facades: validate, send whole when the audio fits Groq's upload limit,
/// else convert (ffmpeg) and/or split into overlapping chunks, transcribe them concurrently and merge.
/// </summary>
internal sealed class GroqTranscriber(
    GroqHttpPipeline pipeline, GroqAudioChunkingOptions chunking, GroqTranscriptionQualityThresholds quality, ILogger logger, ModelCatalogGate? catalogGate = null)
{
    private const string ChunkFormat = "verbose_json";

    /// <summary>Transcribes an upload, or the URL of <paramref name="requested"/> (exactly one of them).</summary>
    /// <param name="requested">The request either facade mapped its settings into; validated here.</param>
    /// <param name="upload">The audio, or <see langword="null"/> when <see cref="TranscriptionRequest.Url"/> is set.</param>
    /// <param name="mediaType">The audio's MIME type, if the caller gave one.</param>
    /// <param name="names">The caller's names of the settings, for the exceptions.</param>
    /// <param name="cancellationToken">Cancels the transcription.</param>
    public async Task<TranscriptionResult> TranscribeAsync(
        TranscriptionRequest requested, AudioUpload? upload, string? mediaType, AudioSettingNames names, CancellationToken cancellationToken)
    {
        // Before the format is worked out: empty audio has no format to sniff, and "unknown format" would mislead.
        if (upload is { Length: 0 })
        {
            throw new ArgumentException($"The audio is empty: {names.Audio} holds no bytes, and Groq needs at least 0.01 s of audio.", names.Audio);
        }

        var request = TranscriptionRequestValidator.Validate(
            upload is null ? requested : requested with { FileName = FileName(upload, mediaType, requested.FileName, names) }, names);
        if (catalogGate is not null)
        {
            await catalogGate.CheckModelAsync(request.Model, names.Model, cancellationToken).ConfigureAwait(false);
        }

        if (upload is null)
        {
            var answer = await SendAsync(request, null, request.ResponseFormat, cancellationToken).ConfigureAwait(false);
            return new TranscriptionResult(answer.Transcript, request.Model, answer.Raw, null);
        }

        return upload.Length <= chunking.MaxUploadBytes
            ? await SendWholeAsync(request, upload, cancellationToken).ConfigureAwait(false)
            : await TranscribeLargeAsync(upload, request, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TranscriptionResult> TranscribeLargeAsync(AudioUpload upload, TranscriptionRequest request, CancellationToken cancellationToken)
    {
        using var view = upload.OpenView();
        if (WavFormat.TryRead(view, out var wav))
        {
            return await TranscribeWavChunksAsync(upload, wav, upload.Length, request, cancellationToken).ConfigureAwait(false);
        }

        string ffmpeg = FfmpegAudioConverter.Locate(chunking.FfmpegPath) ?? throw new NotSupportedException(
            $"The audio is {upload.Length / 1048576.0:F1} MB, over the {chunking.MaxUploadBytes / 1048576.0:F1} MB upload limit " +
            $"(GroqAudioChunkingOptions.MaxUploadBytes), and only WAV can be split without ffmpeg. Install ffmpeg (on PATH, or set " +
            "GroqAudioChunkingOptions.FfmpegPath), convert the audio to 16 kHz mono FLAC or WAV yourself, or pass a public URL of it.");

        // ffmpeg reads a whole file from its own path; anything else it gets copied to a temporary file first.
        await using var flac = await FfmpegAudioConverter.ToFlac16kMonoAsync(ffmpeg, upload.WholeFile ?? view, cancellationToken).ConfigureAwait(false);
        long flacLength = flac.Length;
        GroqLog.Converted(logger, upload.Length, flacLength, "16 kHz mono FLAC");
        if (flacLength <= chunking.MaxUploadBytes)
        {
            var flacStream = flac.OpenRead();
            await using (flacStream.ConfigureAwait(false))
            {
                await using var converted = await AudioUpload.FromStreamAsync(flacStream, cancellationToken).ConfigureAwait(false);
                return await SendWholeAsync(request with { FileName = "audio.flac" }, converted, cancellationToken).ConfigureAwait(false);
            }
        }

        view.Position = 0;
        await using var pcm = await FfmpegAudioConverter.ToWav16kMonoAsync(ffmpeg, upload.WholeFile ?? view, cancellationToken).ConfigureAwait(false);
        var pcmStream = pcm.OpenRead();
        await using (pcmStream.ConfigureAwait(false))
        {
            await using var pcmUpload = await AudioUpload.FromStreamAsync(pcmStream, cancellationToken).ConfigureAwait(false);
            using var pcmView = pcmUpload.OpenView();
            return WavFormat.TryRead(pcmView, out var pcmFormat)
                ? await TranscribeWavChunksAsync(pcmUpload, pcmFormat, upload.Length, request, cancellationToken).ConfigureAwait(false)
                : throw new InvalidOperationException("ffmpeg did not produce a readable WAV file.");
        }
    }

    private async Task<TranscriptionResult> SendWholeAsync(TranscriptionRequest request, AudioUpload upload, CancellationToken cancellationToken)
    {
        request.Progress?.Report(new GroqTranscriptionProgress(0, 1));
        var answer = await SendAsync(request, upload, request.ResponseFormat, cancellationToken).ConfigureAwait(false);
        request.Progress?.Report(new GroqTranscriptionProgress(1, 1));
        return new TranscriptionResult(answer.Transcript, request.Model, answer.Raw, null);
    }

    private async Task<TranscriptionResult> TranscribeWavChunksAsync(
        AudioUpload source, WavFormat format, long bytes, TranscriptionRequest request, CancellationToken cancellationToken)
    {
        var progress = request.Progress;
        var plan = WavChunkPlanner.Plan(format, chunking);
        GroqLog.Chunking(logger, bytes, chunking.MaxUploadBytes, plan.Count);
        var chunkRequest = request with { FileName = Path.ChangeExtension(request.FileName ?? "audio", ".wav") };
        using var throttle = new SemaphoreSlim(Math.Max(1, chunking.MaxConcurrency));
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        int done = 0;
        var progressGate = new Lock();
        GroqException? firstFailure = null;
        progress?.Report(new GroqTranscriptionProgress(0, plan.Count));

        async Task<(ChunkTranscript Chunk, object? Raw)> TranscribeChunkAsync(AudioChunkPlan chunk)
        {
            await throttle.WaitAsync(failed.Token).ConfigureAwait(false);
            try
            {
                await using var upload = source.WavChunk(format, chunk);
                var answer = await SendAsync(chunkRequest, upload, ChunkFormat, failed.Token).ConfigureAwait(false);
                // Counted and reported under one lock: two chunks finishing together must not report 2 before 1.
                lock (progressGate)
                {
                    progress?.Report(new GroqTranscriptionProgress(++done, plan.Count));
                }

                return (new ChunkTranscript(chunk, answer.Transcript), answer.Raw);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !failed.IsCancellationRequested)
            {
                // The pipeline has already retried this chunk (each attempt re-reads it from its first byte); the
                // first chunk to fail for good fails the transcription and cancels the chunks still in flight.
                var failure = ChunkFailure.For(chunk, plan.Count, ex);
                Interlocked.CompareExchange(ref firstFailure, failure, null);
                await failed.CancelAsync().ConfigureAwait(false);
                throw failure;
            }
            finally
            {
                throttle.Release();
            }
        }

        (ChunkTranscript Chunk, object? Raw)[] results;
        try
        {
            results = await Task.WhenAll(plan.Select(TranscribeChunkAsync)).ConfigureAwait(false);
        }
        catch (GroqException) when (Volatile.Read(ref firstFailure) is { } failure)
        {
            // Task.WhenAll reports the failed chunk listed first; the one that failed first in time is what went wrong.
            throw failure;
        }

        var merged = TranscriptMerger.Merge([.. results.Select(r => r.Chunk)]);
        return new TranscriptionResult(
            TranscriptMapper.AsRequested(merged, request.ResponseFormat), request.Model, results.Select(r => r.Raw).ToList(), plan.Count);
    }

    private async Task<(Transcript Transcript, object? Raw)> SendAsync(
        TranscriptionRequest request, AudioUpload? upload, string responseFormat, CancellationToken cancellationToken)
    {
        using var response = await pipeline.SendAsync(
            HttpMethod.Post,
            request.Path,
            () => TranscriptionMultipart.Create(request, upload?.OpenView(), responseFormat),
            streaming: false,
            canRetry: true,
            estimatedTokens: 0,
            request.Model,
            cancellationToken).ConfigureAwait(false);

        if (responseFormat == "text")
        {
            string text = await response.Message.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return (new Transcript(text, null, null, null, null, response.RequestId), text);
        }

        try
        {
            var stream = await response.Message.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var wire = await JsonSerializer.DeserializeAsync(stream, GroqJsonContext.Default.WireTranscription, cancellationToken).ConfigureAwait(false)
                    ?? throw new JsonException("The response body was 'null'.");
                if (TranscriptMapper.Unrepresentable(wire) is { } fields)
                {
                    GroqLog.Unrepresentable(logger, fields, response.RequestId);
                }

                return (TranscriptMapper.FromWire(wire, response.RequestId, quality), wire);
            }
        }
        catch (JsonException ex)
        {
            throw GroqErrors.MalformedResponse("transcription", response.RequestId, ex, pipeline.Redactor);
        }
    }

    private static string FileName(AudioUpload upload, string? mediaType, string? requested, AudioSettingNames names)
    {
        if (requested is not null)
        {
            return requested;
        }

        if (upload.FileName is { } own && AudioFormats.ExtensionOf(own) is { } ownExtension && AudioFormats.Extensions.Contains(ownExtension))
        {
            return own;
        }

        if (AudioFormats.ExtensionFor(mediaType) is { } fromMediaType)
        {
            return "audio." + fromMediaType;
        }

        if (mediaType is not (null or "" or "application/octet-stream") && !mediaType.StartsWith("audio/*", StringComparison.Ordinal))
        {
            throw new NotSupportedException(
                $"Groq cannot transcribe audio of MIME type '{mediaType}'; it takes {string.Join(", ", AudioFormats.Extensions)}. Set {names.FileName} if the type is wrong.");
        }

        return upload.SniffExtension() is { } sniffed ? "audio." + sniffed : upload.FileName ?? string.Empty;
    }
}
