using Microsoft.AspNetCore.Http;
using SemanticKernel.Connectors.Groq.Emulator.Audio;
using SemanticKernel.Connectors.Groq.Emulator.Batches;

namespace SemanticKernel.Connectors.Groq.Emulator.Server;

/// <summary>
/// Records every request, then authenticates it before any endpoint runs. JSON and other bodies are buffered;
/// <c>multipart/form-data</c> bodies are streamed through once (fields kept, files hashed and analysed, never stored),
/// except a <c>POST /files</c> upload, whose file bytes are kept for the file store.
/// </summary>
internal sealed class EmulatorMiddleware(EmulatorState state)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Headers)
        {
#pragma warning disable CA1308 // Header names are recorded lower-case, as HTTP/2 sends them.
            headers[name.ToLowerInvariant()] = string.Join(", ", values.ToArray());
#pragma warning restore CA1308
        }

        var path = request.PathBase + request.Path;
        RecordedRequest recorded;
        AudioForm? form = null;
        if (MultipartFormReader.IsMultipart(request.ContentType))
        {
            var upload = HttpMethods.IsPost(request.Method) && path.Equals(FilesEndpoint.UploadPath, StringComparison.Ordinal);
            var limit = upload ? BatchLimits.MaxFileBytes : state.Options.MaxAudioBytes;
            form = await MultipartFormReader.ReadAsync(request, limit, upload, context.RequestAborted).ConfigureAwait(false);
            recorded = new RecordedRequest(request.Method, path, headers, request.ContentType, [], form.FieldsByName(), [.. form.Files.Select(file => file.Record)]);
        }
        else
        {
            byte[] body;
            using (var buffer = new MemoryStream())
            {
                await request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
                body = buffer.ToArray();
            }

            request.Body = new MemoryStream(body, writable: false);
            recorded = new RecordedRequest(request.Method, path, headers, request.ContentType, body);
        }

        state.Record(recorded);
        var exchange = new ExchangeContext(state, recorded, Ids.RequestId()) { Form = form };
        context.Features.Set(exchange);

        exchange.Authenticated = IsAuthorized(request.Headers.Authorization.ToString());
        if (!exchange.Authenticated && state.Options.RequireApiKey)
        {
            await ResponseWriter.WriteErrorAsync(context, GroqError.InvalidApiKey()).ConfigureAwait(false);
            return;
        }

        exchange.Authenticated = true;
        await next(context).ConfigureAwait(false);
    }

    private bool IsAuthorized(string authorization)
    {
        const string Scheme = "Bearer ";
        return authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(authorization[Scheme.Length..].Trim(), state.ApiKey, StringComparison.Ordinal);
    }
}
