using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Conformance;

/// <summary>
/// Emulator answers groq-sdk must read as it reads Groq's: errors the emulator produces itself (validation, key, model,
/// URL) and scripted ones (rate limits, server errors, an error event inside a stream), and scripted successes that the
/// default model does not produce (usage details, split tool-call arguments, a length cut).
/// groq-sdk's error classes by status (core/error.ts): 400 BadRequestError, 401 AuthenticationError, 403
/// PermissionDeniedError, 404 NotFoundError, 409 ConflictError, 422 UnprocessableEntityError, 429 RateLimitError,
/// >= 500 InternalServerError, any other status APIError; an error inside a stream is an APIError without a status.
/// </summary>
internal static class ResponseParsingCases
{
    private const string Llama = ChatConformanceCases.Llama;
    private const string Hello = """[{"role":"user","content":"Say hello"}]""";
    private const string LookupTool =
        """[{"type":"function","function":{"name":"lookup","parameters":{"type":"object","properties":{"query":{"type":"string"},"limit":{"type":"integer"}},"required":["query","limit"]}}}]""";

    private static readonly byte[] Wav = ToneWav.Bytes(16000, 440);

    public static IEnumerable<ParsingCase> All()
    {
        // Answers the emulator gives on its own.
        yield return new(Chat("error-400-unsupported-field", $$$"""{"model":"{{{Llama}}}","messages":{{{Hello}}},"logprobs":true}"""),
            ErrorClass: "BadRequestError", Status: 400, Param: "logprobs");
        yield return new(Chat("error-400-json-mode-stream", $$$"""{"model":"{{{Llama}}}","messages":{{{Hello}}},"stream":true,"response_format":{"type":"json_object"}}"""),
            ErrorClass: "BadRequestError", Status: 400, Param: "response_format");
        yield return new(Chat("error-401-invalid-api-key", $$$"""{"model":"{{{Llama}}}","messages":{{{Hello}}}}""") with { ApiKey = "gsk_not_the_emulator_key" },
            ErrorClass: "AuthenticationError", Status: 401, Code: "invalid_api_key");
        yield return new(Chat("error-404-model-not-found", $$$"""{"model":"no-such-model","messages":{{{Hello}}}}"""),
            ErrorClass: "NotFoundError", Status: 404, Code: "model_not_found");
        yield return new(new SdkCall("error-404-unknown-url", "embeddings", """{"model":"nomic-embed-text-v1_5","input":"hello"}"""),
            ErrorClass: "NotFoundError", Status: 404, Code: "unknown_url");
        yield return new(
            new SdkCall("error-400-transcription-format", "transcriptions", """{"model":"whisper-large-v3-turbo","response_format":"vtt"}""", new SdkFile(Wav, "audio.wav", "audio/wav")),
            ErrorClass: "BadRequestError", Status: 400, Param: "response_format");

        // Scripted errors: each is consumed by the one valid request of its scenario.
        yield return new(Chat("error-400-json-validate-failed", JsonMode()),
            EmulatorResponse.Error(400, "Failed to generate JSON. Please adjust your prompt. See 'failed_generation' for more details.",
                code: "json_validate_failed", failedGeneration: """{"answer": """),
            ErrorClass: "BadRequestError", Status: 400, Code: "json_validate_failed");
        yield return new(Chat("error-403-permission-denied", $$$"""{"model":"{{{Llama}}}","messages":{{{Hello}}}}"""),
            EmulatorResponse.Error(403, "Organization restricted", "permissions_error", "organization_restricted"),
            ErrorClass: "PermissionDeniedError", Status: 403, Code: "organization_restricted");
        yield return new(Chat("error-413-request-too-large", $$$"""{"model":"{{{Llama}}}","messages":{{{Hello}}}}"""),
            EmulatorResponse.Error(413, "Request too large for model `llama-3.3-70b-versatile` on tokens per minute (TPM): Limit 6000, Requested 9000.", "tokens", "rate_limit_exceeded"),
            ErrorClass: "APIError", Status: 413, Code: "rate_limit_exceeded");
        yield return new(Chat("error-422-unprocessable", $$$"""{"model":"{{{Llama}}}","messages":{{{Hello}}}}"""),
            EmulatorResponse.Error(422, "Unprocessable entity"),
            ErrorClass: "UnprocessableEntityError", Status: 422);
        yield return new(Chat("error-429-rate-limit-with-retry-after", $$$"""{"model":"{{{Llama}}}","messages":{{{Hello}}}}"""),
            EmulatorResponse.Error(429, "Rate limit reached for model `llama-3.3-70b-versatile` on requests per day (RPD): Limit 14400, Used 14400, Requested 1.", "requests", "rate_limit_exceeded")
                .WithHeader("retry-after", "7"),
            ErrorClass: "RateLimitError", Status: 429, Code: "rate_limit_exceeded");
        yield return new(Chat("error-498-flex-capacity", $$$"""{"model":"{{{Llama}}}","messages":{{{Hello}}},"service_tier":"flex"}"""),
            EmulatorResponse.Error(498, "Flex tier capacity exceeded. This is a transient error, please retry later.", "capacity_exceeded", "capacity_exceeded"),
            ErrorClass: "APIError", Status: 498, Code: "capacity_exceeded");
        yield return new(Chat("error-500-internal", $$$"""{"model":"{{{Llama}}}","messages":{{{Hello}}}}"""),
            EmulatorResponse.Error(500, "Internal Server Error", "internal_server_error"),
            ErrorClass: "InternalServerError", Status: 500);
        yield return new(Chat("error-503-unavailable", $$$"""{"model":"{{{Llama}}}","messages":{{{Hello}}}}"""),
            EmulatorResponse.Error(503, "Service Unavailable", "internal_server_error"),
            ErrorClass: "InternalServerError", Status: 503);
        yield return new(
            new SdkCall("error-429-on-transcription", "transcriptions", """{"model":"whisper-large-v3-turbo","response_format":"json"}""", new SdkFile(Wav, "audio.wav", "audio/wav")),
            EmulatorResponse.Error(429, "Rate limit reached for model `whisper-large-v3-turbo` on audio seconds per hour (ASH).", "audio_seconds", "rate_limit_exceeded")
                .WithHeader("retry-after", "2"),
            ErrorClass: "RateLimitError", Status: 429, Code: "rate_limit_exceeded");
        yield return new(Chat("error-event-inside-stream", $$$"""{"model":"{{{Llama}}}","messages":{{{Hello}}},"stream":true}"""),
            EmulatorResponse.RawSse(
                """
                data: {"id":"chatcmpl-e1","object":"chat.completion.chunk","created":1730000000,"model":"llama-3.3-70b-versatile","system_fingerprint":"fp_e1","choices":[{"index":0,"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}],"x_groq":{"id":"req_e1"}}

                data: {"id":"chatcmpl-e1","object":"chat.completion.chunk","created":1730000000,"model":"llama-3.3-70b-versatile","system_fingerprint":"fp_e1","choices":[{"index":0,"delta":{"content":"Hel"},"logprobs":null,"finish_reason":null}]}

                event: error
                data: {"error":{"message":"Service Unavailable","type":"internal_server_error"}}


                """.Replace("\r\n", "\n", StringComparison.Ordinal)),
            ErrorClass: "APIError", Status: null);

        // Scripted successes.
        yield return new(Chat("scripted-usage-details", $$$"""{"model":"{{{ChatConformanceCases.Qwen}}}","messages":{{{Hello}}},"reasoning_format":"parsed"}"""),
            EmulatorResponse.Text("Hello!", reasoning: "The user greets me.").WithUsage(20, 10, reasoningTokens: 4, cachedTokens: 8));
        yield return new(Chat("scripted-stream-split-tool-arguments", $$$"""{"model":"{{{Llama}}}","messages":[{"role":"user","content":"find"}],"tools":{{{LookupTool}}},"stream":true}"""),
            EmulatorResponse.ToolCalls(new EmulatorToolCall("lookup", """{"query":"a fairly long query string to split","limit":5}""")));
        yield return new(Chat("scripted-stream-length-cut", $$$"""{"model":"{{{Llama}}}","messages":{{{Hello}}},"stream":true,"max_completion_tokens":3}"""),
            EmulatorResponse.Text("Hello there my", finishReason: "length"));

        // Other endpoints.
        yield return new(new SdkCall("models-list", "models.list"));
        yield return new(new SdkCall("models-retrieve", "models.retrieve", """{"model":"llama-3.3-70b-versatile"}"""));

        // groq-sdk puts the id in the path with encodeURIComponent: GET /openai/v1/models/openai%2Fgpt-oss-120b.
        yield return new(new SdkCall("models-retrieve-id-with-slash", "models.retrieve", """{"model":"openai/gpt-oss-120b"}"""));

        // The Batch API: files and batches, in order (later scenarios use the ids of earlier ones).
        foreach (var batch in BatchConformanceCases.All())
        {
            yield return batch;
        }
    }

    private static SdkCall Chat(string id, string sdkParams) => SdkCall.Chat(id, sdkParams);

    private static string JsonMode() =>
        $$$"""{"model":"{{{Llama}}}","messages":[{"role":"system","content":"Answer in JSON."},{"role":"user","content":"Give me JSON"}],"response_format":{"type":"json_object"}}""";
}
