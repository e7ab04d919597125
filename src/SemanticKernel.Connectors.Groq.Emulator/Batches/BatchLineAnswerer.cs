using System.Text.Json;
using SemanticKernel.Connectors.Groq.Emulator.Chat;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Batches;

/// <summary>
/// Answers one batch line with the emulator's own chat engine, as <c>/chat/completions</c> answers an unscripted request
/// (<see cref="ChatRequestValidator"/>, <see cref="DefaultResponder"/>, <see cref="ChatCompletionRenderer"/>), and renders
/// the result line of Groq's output or error file. Scripted responses and injected faults are for live requests only: a
/// batch running in the background must not take an answer a test queued for its own request. A line with
/// <c>stream: true</c> is refused: a batch answer is one JSON body.
/// </summary>
internal static class BatchLineAnswerer
{
    public static BatchLineResult Answer(BatchInputLine line, EmulatorState state)
    {
        var requestId = Ids.RequestId();
        int status;
        byte[] body;
        try
        {
            if (line.Body.TryGetProperty("stream", out var stream) && stream.ValueKind == JsonValueKind.True)
            {
                throw new GroqErrorException(GroqError.BadRequest("`stream` is not supported in batch requests", "stream"));
            }

            var request = ChatRequestValidator.Validate(line.Body, state);
            body = ChatCompletionRenderer.Render(request, DefaultResponder.Respond(request), requestId);
            status = 200;
        }
        catch (GroqErrorException refused)
        {
            status = refused.Error.StatusCode;
            body = refused.Error.ToJson();
        }

        var json = EmulatorJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("id", BatchIds.Request());
            writer.WriteString("custom_id", line.CustomId);
            writer.WriteStartObject("response");
            writer.WriteNumber("status_code", status);
            writer.WriteString("request_id", requestId);
            writer.WritePropertyName("body");
            writer.WriteRawValue(body, skipInputValidation: true);
            writer.WriteEndObject();
            writer.WriteNull("error");
            writer.WriteEndObject();
        });
        return new BatchLineResult(status == 200, json);
    }

    /// <summary>The error-file line of a request never run because the batch expired or was cancelled.</summary>
    public static BatchLineResult NotRun(BatchInputLine line, string code, string message) => new(false, EmulatorJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("id", BatchIds.Request());
        writer.WriteString("custom_id", line.CustomId);
        writer.WriteNull("response");
        writer.WriteStartObject("error");
        writer.WriteString("code", code);
        writer.WriteString("message", message);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }));
}
