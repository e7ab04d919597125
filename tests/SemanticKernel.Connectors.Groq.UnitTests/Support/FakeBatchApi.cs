using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SemanticKernel.Connectors.Groq.UnitTests.Support;

/// <summary>
/// A scripted, in-memory stand-in for Groq's <c>/files</c> and <c>/batches</c>, for canned-handler tests of the batch
/// client: each poll of a batch moves it one status on (validating, in_progress, completed), every request whose custom
/// id starts with <c>bad</c> goes to the error file with a Groq 400 body, and the others are answered with a completion
/// that echoes their custom id. Every request it receives is recorded.
/// </summary>
internal sealed class FakeBatchApi : HttpMessageHandler
{
    private readonly Dictionary<string, byte[]> _files = [];
    private readonly Dictionary<string, JsonObject> _batches = [];
    private int _ids;

    /// <summary>Gets the requests received, in order.</summary>
    public List<CapturedRequest> Requests { get; } = [];

    /// <summary>Gets or sets the status a batch takes after in_progress (e.g. <c>expired</c>, <c>failed</c>).</summary>
    public string FinalStatus { get; set; } = "completed";

    /// <summary>Gets or sets a value indicating whether <c>POST /batches</c> is refused with a 400.</summary>
    public bool RefuseCreation { get; set; }

    /// <summary>Gets or sets the message of the error a <c>failed</c> batch reports.</summary>
    public string RefusalMessage { get; set; } = "custom_id 'a' is repeated";

    /// <summary>Gets or sets how many polls a batch stays in_progress.</summary>
    public int InProgressPolls { get; set; } = 1;

    /// <summary>Gets the bytes of an uploaded or written file.</summary>
    public byte[] File(string id) => _files[id];

    /// <summary>Gets the lines of the one input file uploaded.</summary>
    public string[] InputLines() =>
        Encoding.UTF8.GetString(_files[_files.Keys.Single(k => k.StartsWith("file_in", StringComparison.Ordinal))]).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        byte[] body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>()))
        {
            headers[header.Key] = string.Join(", ", header.Value);
        }

        var captured = new CapturedRequest(request.Method, request.RequestUri!, headers, body);
        Requests.Add(captured);
        string path = request.RequestUri!.AbsolutePath;
        string route = path[(path.IndexOf("/v1/", StringComparison.Ordinal) + 4)..];
        string[] parts = route.Split('/');
        var (status, content) = (request.Method.Method, parts) switch
        {
            ("POST", ["files"]) => Upload(captured),
            ("GET", ["files", var id, "content"]) when _files.TryGetValue(id, out var bytes) => (HttpStatusCode.OK, new ByteArrayContent(bytes)),
            ("DELETE", ["files", var id]) when _files.Remove(id) => (HttpStatusCode.OK, Json(new JsonObject { ["id"] = id, ["object"] = "file", ["deleted"] = true })),
            ("POST", ["batches"]) when RefuseCreation => (HttpStatusCode.BadRequest, Json(new JsonObject { ["error"] = new JsonObject { ["message"] = "completion_window not allowed", ["type"] = "invalid_request_error" } })),
            ("POST", ["batches"]) => Create(captured.BodyJson),
            ("GET", ["batches", var id]) when _batches.ContainsKey(id) => (HttpStatusCode.OK, Json(Advance(id))),
            ("POST", ["batches", var id, "cancel"]) when _batches.TryGetValue(id, out var batch) => (HttpStatusCode.OK, Json(Cancel(batch))),
            _ => (HttpStatusCode.NotFound, Json(new JsonObject { ["error"] = new JsonObject { ["message"] = "Not found", ["type"] = "invalid_request_error", ["code"] = "not_found" } })),
        };

        return new HttpResponseMessage(status) { Content = content, RequestMessage = request };
    }

    private (HttpStatusCode, HttpContent) Upload(CapturedRequest request)
    {
        var file = Multipart.Parse(request).Single(p => p.Name == "file");
        string id = $"file_in{++_ids}";
        _files[id] = file.Body;
        return (HttpStatusCode.OK, Json(new JsonObject { ["id"] = id, ["object"] = "file", ["bytes"] = file.Body.Length, ["filename"] = file.FileName, ["purpose"] = "batch" }));
    }

    private (HttpStatusCode, HttpContent) Create(JsonElement body)
    {
        string id = $"batch_{++_ids}";
        _batches[id] = new JsonObject
        {
            ["id"] = id,
            ["object"] = "batch",
            ["endpoint"] = body.GetProperty("endpoint").GetString(),
            ["input_file_id"] = body.GetProperty("input_file_id").GetString(),
            ["completion_window"] = body.GetProperty("completion_window").GetString(),
            ["status"] = "validating",
            ["polls"] = 0,
            ["request_counts"] = new JsonObject { ["total"] = 0, ["completed"] = 0, ["failed"] = 0 },
        };
        return (HttpStatusCode.OK, Json(_batches[id]));
    }

    private JsonObject Advance(string id)
    {
        var batch = _batches[id];
        string status = batch["status"]!.GetValue<string>();
        int polls = batch["polls"]!.GetValue<int>() + 1;
        batch["polls"] = polls;
        if (status == "validating")
        {
            batch["status"] = "in_progress";
        }
        else if (status == "in_progress" && polls > InProgressPolls)
        {
            Finish(batch, FinalStatus);
        }
        else if (status == "cancelling")
        {
            Finish(batch, "cancelled");
        }

        return batch;
    }

    private static JsonObject Cancel(JsonObject batch)
    {
        batch["status"] = "cancelling";
        return batch;
    }

    private void Finish(JsonObject batch, string final)
    {
        batch["status"] = final;
        if (final == "failed")
        {
            batch["errors"] = new JsonObject
            {
                ["object"] = "list",
                ["data"] = new JsonArray(new JsonObject { ["code"] = "duplicate_custom_id", ["message"] = RefusalMessage, ["line"] = 2 }),
            };
            return;
        }

        var output = new StringBuilder();
        var errors = new StringBuilder();
        int completed = 0;
        int failed = 0;
        string[] lines = Encoding.UTF8.GetString(_files[batch["input_file_id"]!.GetValue<string>()]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (string line in lines)
        {
            string customId = JsonDocument.Parse(line).RootElement.GetProperty("custom_id").GetString()!;
            if (final != "completed" && completed > 0)
            {
                string code = final == "expired" ? "batch_expired" : "batch_cancelled";
                errors.Append(new JsonObject { ["id"] = "batch_req_x", ["custom_id"] = customId, ["response"] = null, ["error"] = new JsonObject { ["code"] = code, ["message"] = "not run" } }.ToJsonString()).Append('\n');
                failed++;
            }
            else if (customId.StartsWith("bad", StringComparison.Ordinal))
            {
                var error = new JsonObject { ["error"] = new JsonObject { ["message"] = "Bad request for " + customId, ["type"] = "invalid_request_error", ["code"] = "model_not_found" } };
                errors.Append(Line(customId, 400, error)).Append('\n');
                failed++;
            }
            else
            {
                var completion = JsonNode.Parse(TestData.Read(TestData.Text))!.AsObject();
                completion["choices"]![0]!["message"]!["content"] = "answer to " + customId;
                output.Append(Line(customId, 200, completion)).Append('\n');
                completed++;
            }
        }

        batch["output_file_id"] = Store("file_out", output);
        batch["error_file_id"] = errors.Length > 0 ? Store("file_err", errors) : null;
        batch["request_counts"] = new JsonObject { ["total"] = lines.Length, ["completed"] = completed, ["failed"] = failed };
    }

    private string Store(string prefix, StringBuilder text)
    {
        string id = $"{prefix}{++_ids}";
        _files[id] = Encoding.UTF8.GetBytes(text.ToString());
        return id;
    }

    private static string Line(string customId, int status, JsonObject body) => new JsonObject
    {
        ["id"] = "batch_req_" + customId,
        ["custom_id"] = customId,
        ["response"] = new JsonObject { ["status_code"] = status, ["request_id"] = "req_" + customId, ["body"] = body },
        ["error"] = null,
    }.ToJsonString();

    private static StringContent Json(JsonObject value) => new(value.ToJsonString(), Encoding.UTF8, "application/json");
}
