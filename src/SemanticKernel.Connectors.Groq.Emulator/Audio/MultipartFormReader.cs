using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Audio;

/// <summary>
/// Streams through a <c>multipart/form-data</c> body section by section. File parts are never stored: each buffer is
/// hashed (SHA-256), counted and fed to a <see cref="WavAnalyzer"/>, then reused, so an upload costs one pooled buffer
/// whatever its size. A file over the size limit is still read to its end (hashed and counted, not analysed), so the
/// client can finish sending and read the 413. A <c>/files</c> upload asks to keep its file bytes instead
/// (<c>keepFileBytes</c>): they are copied as they stream through, up to the limit, and not analysed as audio.
/// </summary>
internal static class MultipartFormReader
{
    private const int BufferSize = 64 * 1024;
    private const int MaxFieldBytes = 64 * 1024;

    public static bool IsMultipart(string? contentType) =>
        contentType is not null && contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    public static async Task<AudioForm> ReadAsync(HttpRequest request, long maxFileBytes, bool keepFileBytes, CancellationToken cancellationToken)
    {
        var fields = new List<KeyValuePair<string, string>>();
        var files = new List<AudioFormFile>();
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary) is not { Length: > 0 and <= 70 } boundary)
        {
            return Failed(fields, files, "The multipart/form-data Content-Type header has no valid boundary.");
        }

        var reader = new MultipartReader(boundary.Value!, request.Body, BufferSize) { BodyLengthLimit = null };
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)
                    || HeaderUtilities.RemoveQuotes(disposition.Name).Value is not { Length: > 0 } name)
                {
                    return Failed(fields, files, "Every part of a multipart/form-data body needs Content-Disposition: form-data with a name.");
                }

                if (disposition.IsFileDisposition())
                {
                    var fileName = disposition.FileNameStar.HasValue
                        ? disposition.FileNameStar.Value!
                        : HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? string.Empty;
                    files.Add(await ReadFileAsync(section, name, fileName, maxFileBytes, keepFileBytes, buffer, cancellationToken).ConfigureAwait(false));
                    continue;
                }

                if (await ReadFieldAsync(section, buffer, cancellationToken).ConfigureAwait(false) is not { } value)
                {
                    return Failed(fields, files, $"The form field '{name}' is longer than {MaxFieldBytes} bytes.", name);
                }

                fields.Add(new KeyValuePair<string, string>(name, value));
            }
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new AudioForm { Fields = fields, Files = files, BodyTooLarge = true };
        }
        catch (Exception malformed) when (malformed is IOException or InvalidDataException or BadHttpRequestException)
        {
            return Failed(fields, files, "The multipart/form-data body is malformed: " + malformed.Message);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return new AudioForm { Fields = fields, Files = files };
    }

    private static async Task<AudioFormFile> ReadFileAsync(
        MultipartSection section, string name, string fileName, long maxFileBytes, bool keepBytes, byte[] buffer, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var kept = keepBytes ? new MemoryStream() : null;
        var analyzer = new WavAnalyzer();
        long length = 0;
        int read;
        while ((read = await section.Body.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false)) > 0)
        {
            var chunk = buffer.AsSpan(0, read);
            hash.AppendData(chunk);
            length += read;
            if (length > maxFileBytes)
            {
                continue;
            }

            if (kept is null)
            {
                analyzer.Write(chunk);
            }
            else
            {
                kept.Write(chunk);
            }
        }

        var tooLarge = length > maxFileBytes;
        var record = new RecordedFile(name, fileName, section.ContentType, length, Convert.ToHexStringLower(hash.GetHashAndReset()));
        if (kept is not null)
        {
            return new AudioFormFile(record, tooLarge, null) { Content = tooLarge ? null : kept.ToArray() };
        }

        return new AudioFormFile(record, tooLarge, tooLarge ? null : analyzer.Complete());
    }

    private static async Task<string?> ReadFieldAsync(MultipartSection section, byte[] buffer, CancellationToken cancellationToken)
    {
        var filled = 0;
        int read;
        while (filled < MaxFieldBytes
            && (read = await section.Body.ReadAsync(buffer.AsMemory(filled, MaxFieldBytes - filled), cancellationToken).ConfigureAwait(false)) > 0)
        {
            filled += read;
        }

        if (filled == MaxFieldBytes && await section.Body.ReadAsync(buffer.AsMemory(0, 1), cancellationToken).ConfigureAwait(false) > 0)
        {
            return null;
        }

        return Decode(buffer, filled);
    }

    private static string Decode(byte[] buffer, int length) => Encoding.UTF8.GetString(buffer, 0, length);

    private static AudioForm Failed(List<KeyValuePair<string, string>> fields, List<AudioFormFile> files, string message, string? param = null) =>
        new() { Fields = fields, Files = files, Error = GroqError.BadRequest(message, param) };
}
