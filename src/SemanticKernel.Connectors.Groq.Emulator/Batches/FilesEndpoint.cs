using Microsoft.AspNetCore.Http;
using SemanticKernel.Connectors.Groq.Emulator.Audio;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Batches;

/// <summary>
/// <c>POST /files</c> (a multipart upload of a <c>.jsonl</c> file with purpose <c>batch</c>, kept in memory),
/// <c>GET /files</c>, <c>GET /files/{id}</c>, <c>DELETE /files/{id}</c> and <c>GET /files/{id}/content</c>.
/// </summary>
internal static class FilesEndpoint
{
    public const string UploadPath = GroqEmulator.BasePath + "/files";

    public static Task UploadAsync(HttpContext context)
    {
        var exchange = context.Exchange();
        StoredFile file;
        try
        {
            var (fileName, content) = ValidateUpload(exchange.Form);
            file = exchange.State.Files.Add(fileName, "batch", content);
        }
        catch (GroqErrorException invalid)
        {
            return ResponseWriter.WriteErrorAsync(context, invalid.Error);
        }

        return ResponseWriter.WriteAsync(context, 200, "application/json", EmulatorJson.Write(file.WriteTo));
    }

    public static Task ListAsync(HttpContext context)
    {
        var files = context.Exchange().State.Files.All();
        var body = EmulatorJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("object", "list");
            writer.WriteStartArray("data");
            foreach (var file in files)
            {
                file.WriteTo(writer);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
        return ResponseWriter.WriteAsync(context, 200, "application/json", body);
    }

    public static Task GetAsync(HttpContext context) =>
        Find(context) is { } file
            ? ResponseWriter.WriteAsync(context, 200, "application/json", EmulatorJson.Write(file.WriteTo))
            : NotFoundAsync(context);

    public static Task ContentAsync(HttpContext context) =>
        Find(context) is { } file
            ? ResponseWriter.WriteAsync(context, 200, "application/octet-stream", file.Content)
            : NotFoundAsync(context);

    public static Task DeleteAsync(HttpContext context)
    {
        var id = Id(context);
        if (!context.Exchange().State.Files.Remove(id))
        {
            return NotFoundAsync(context);
        }

        var body = EmulatorJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("object", "file");
            writer.WriteBoolean("deleted", true);
            writer.WriteEndObject();
        });
        return ResponseWriter.WriteAsync(context, 200, "application/json", body);
    }

    private static (string FileName, byte[] Content) ValidateUpload(AudioForm? form)
    {
        if (form is null)
        {
            throw Invalid("Invalid request: the Content-Type must be multipart/form-data.");
        }

        if (form.TooLarge)
        {
            throw new GroqErrorException(new GroqError(
                413, $"Request Entity Too Large: the file is larger than the maximum of {BatchLimits.MaxFileBytes} bytes (100 MB).", Code: "request_too_large"));
        }

        if (form.Error is not null)
        {
            throw new GroqErrorException(form.Error);
        }

        var fields = form.FieldsByName();
        foreach (var (name, values) in fields)
        {
            if (name != "purpose")
            {
                throw Invalid($"property '{name}' is unsupported", name);
            }

            if (values.Count > 1)
            {
                throw Invalid("property 'purpose' is given more than once", name);
            }
        }

        if (form.Files.FirstOrDefault(file => file.Record.Name != "file") is { } stray)
        {
            throw Invalid($"property '{stray.Record.Name}' is unsupported", stray.Record.Name);
        }

        var purpose = fields.TryGetValue("purpose", out var purposes) ? purposes[0] : null;
        if (purpose is null)
        {
            throw Invalid("'purpose' : property 'purpose' is missing", "purpose");
        }

        if (purpose != "batch")
        {
            throw Invalid($"'purpose' : value must be 'batch'; '{purpose}' files cannot be uploaded", "purpose");
        }

        if (form.Files.Count == 0)
        {
            throw Invalid("'file' : property 'file' is missing", "file");
        }

        if (form.Files.Count > 1)
        {
            throw Invalid("property 'file' is given more than once", "file");
        }

        var upload = form.Files[0];
        if (!upload.Record.FileName.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            throw Invalid($"'file' : the Batch API only supports .jsonl files; '{upload.Record.FileName}' is not one", "file");
        }

        return (upload.Record.FileName, upload.Content ?? []);
    }

    private static StoredFile? Find(HttpContext context) => context.Exchange().State.Files.Find(Id(context));

    private static string Id(HttpContext context) => context.Request.RouteValues["id"] as string ?? string.Empty;

    private static Task NotFoundAsync(HttpContext context) =>
        ResponseWriter.WriteErrorAsync(context, new GroqError(404, $"File with id `{Id(context)}` not found.", Code: "not_found"));

    private static GroqErrorException Invalid(string message, string? param = null) => new(GroqError.BadRequest(message, param));
}
