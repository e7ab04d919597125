using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using SemanticKernel.Connectors.Groq.Batch;
using SemanticKernel.Connectors.Groq.Core;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq;

/// <summary>
/// Groq's files (<c>/files</c>): upload a batch input file, look files up, list, delete, and read a file's content as a
/// stream. Files are what <see cref="GroqBatchesClient"/> runs and writes.
/// </summary>
public sealed class GroqFilesClient
{
    /// <summary>The purpose of a batch input file, the only purpose callers can upload with.</summary>
    public const string BatchPurpose = "batch";

    private static readonly MediaTypeWithQualityHeaderValue AnyType = new("*/*");
    private static readonly MediaTypeHeaderValue JsonlMediaType = new("application/jsonl");

    private readonly GroqHttpPipeline _pipeline;

    /// <summary>Initializes a new instance with an API key.</summary>
    /// <param name="apiKey">The Groq API key.</param>
    /// <param name="endpoint">The base address; defaults to the <see cref="HttpClient.BaseAddress"/> of <paramref name="httpClient"/>, else <see cref="GroqClientOptions.DefaultEndpoint"/>.</param>
    /// <param name="httpClient">The HTTP client to send with; a shared one when <see langword="null"/>.</param>
    /// <param name="loggerFactory">Where to log; nothing is logged when <see langword="null"/>.</param>
    public GroqFilesClient(string apiKey, Uri? endpoint = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null)
        : this(GroqClientOptions.ForKey(apiKey, endpoint, httpClient), httpClient, loggerFactory)
    {
    }

    /// <summary>Initializes a new instance with options.</summary>
    /// <param name="options">Endpoint, key, retries and timeout.</param>
    /// <param name="httpClient">The HTTP client to send with; a shared one when <see langword="null"/>.</param>
    /// <param name="loggerFactory">Where to log; nothing is logged when <see langword="null"/>.</param>
    public GroqFilesClient(GroqClientOptions options, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null)
        : this(new GroqHttpPipeline(options, httpClient, Loggers.For<GroqFilesClient>(loggerFactory)))
    {
    }

    internal GroqFilesClient(GroqHttpPipeline pipeline) => _pipeline = pipeline;

    /// <summary>
    /// Uploads a batch input file (JSONL, one request per line) with purpose <c>batch</c>. The stream is sent as it is
    /// read, not copied; it is retried on a transient failure only when it can seek.
    /// </summary>
    /// <param name="content">The JSONL; read from its current position, not disposed.</param>
    /// <param name="fileName">The file name; it must end with <c>.jsonl</c>.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <returns>The stored file.</returns>
    public Task<GroqFile> UploadAsync(Stream content, string fileName = "batch.jsonl", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        CheckFileName(fileName);
        long start = content.CanSeek ? content.Position : 0;
        return UploadAsync(
            () =>
            {
                if (content.CanSeek)
                {
                    content.Position = start;
                }

                return new CallerStreamContent(content);
            },
            fileName,
            content.CanSeek,
            cancellationToken);
    }

    /// <summary>Gets a file's description.</summary>
    /// <param name="fileId">The file id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The file; an unknown id throws <see cref="GroqException"/> with status 404.</returns>
    public Task<GroqFile> GetAsync(string fileId, CancellationToken cancellationToken = default)
    {
        string path = "files/" + BatchHttp.Segment(fileId, nameof(fileId));
        return BatchHttp.SendAsync(_pipeline, HttpMethod.Get, path, static () => null, canRetry: true, GroqJsonContext.Default.WireFile, "file", BatchWireMapper.ToFile, cancellationToken);
    }

    /// <summary>Lists the account's files.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The files, as Groq lists them.</returns>
    public Task<IReadOnlyList<GroqFile>> ListAsync(CancellationToken cancellationToken = default) =>
        BatchHttp.SendAsync(_pipeline, HttpMethod.Get, "files", static () => null, canRetry: true, GroqJsonContext.Default.WireFileList, "file list", ToFiles, cancellationToken);

    /// <summary>Deletes a file.</summary>
    /// <param name="fileId">The file id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Whether Groq reports the file deleted.</returns>
    public Task<bool> DeleteAsync(string fileId, CancellationToken cancellationToken = default)
    {
        string path = "files/" + BatchHttp.Segment(fileId, nameof(fileId));
        return BatchHttp.SendAsync(
            _pipeline, HttpMethod.Delete, path, static () => null, canRetry: true, GroqJsonContext.Default.WireFileDeleted, "file deletion",
            static (deleted, _) => deleted.Deleted, cancellationToken);
    }

    /// <summary>
    /// Opens a file's content (a batch's output or error JSONL) as a stream read as it arrives from Groq, never buffered
    /// whole. Each read waits at most <see cref="GroqClientOptions.Timeout"/>. Dispose the stream to release the connection.
    /// </summary>
    /// <param name="fileId">The file id.</param>
    /// <param name="cancellationToken">Cancels the request (reads take their own token).</param>
    /// <returns>The content.</returns>
    public async Task<Stream> DownloadContentAsync(string fileId, CancellationToken cancellationToken = default)
    {
        string path = "files/" + BatchHttp.Segment(fileId, nameof(fileId)) + "/content";
        var response = await _pipeline.SendAsync(HttpMethod.Get, path, static () => null, streaming: true, canRetry: true, AnyType, cancellationToken)
            .ConfigureAwait(false);
        try
        {
            var body = await response.Message.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new ResponseBodyStream(response, body, _pipeline.Timeout, _pipeline.Redactor);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>Uploads a JSONL file whose content <paramref name="file"/> builds for each attempt.</summary>
    internal Task<GroqFile> UploadAsync(Func<HttpContent> file, string fileName, bool canRetry, CancellationToken cancellationToken) =>
        BatchHttp.SendAsync(
            _pipeline,
            HttpMethod.Post,
            "files",
            () => Multipart(file(), fileName),
            canRetry,
            GroqJsonContext.Default.WireFile,
            "file",
            BatchWireMapper.ToFile,
            cancellationToken);

    private static MultipartFormDataContent Multipart(HttpContent file, string fileName)
    {
        var content = new MultipartFormDataContent();
        var purpose = new ByteArrayContent(Encoding.UTF8.GetBytes(BatchPurpose));
        purpose.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"purpose\"" };
        content.Add(purpose);
        file.Headers.ContentType = JsonlMediaType;
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileName = Quote(fileName) };
        content.Add(file);
        return content;
    }

    private static IReadOnlyList<GroqFile> ToFiles(WireFileList list, string? requestId)
    {
        var files = new List<GroqFile>(list.Data?.Count ?? 0);
        foreach (var file in list.Data ?? [])
        {
            files.Add(BatchWireMapper.ToFile(file, requestId));
        }

        return files;
    }

    internal static void CheckFileName(string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        if (!fileName.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"A Groq batch file's name must end with .jsonl; '{fileName}' does not.", nameof(fileName));
        }
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
