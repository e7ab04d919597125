using FluentAssertions;
using SemanticKernel.Connectors.Groq.Emulator;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support.Conformance;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>
/// Conformance with Groq's official TypeScript client, groq-sdk 1.6.0 (pinned in <c>tests/conformance</c>): the same
/// logical request sent by groq-sdk and by the connector reaches the emulator with the same body, and groq-sdk reads every
/// kind of emulator answer (JSON, SSE, errors) as it reads Groq's. groq-sdk adds no field of its own to request bodies
/// (its JSON encoder is <c>JSON.stringify(params)</c>, its multipart form the params' own entries), so nothing is
/// stripped before comparing; the headers it adds are not compared. Skipped, with the reason, without Node.js/npm.
/// </summary>
public sealed partial class OfficialClientConformanceTests(GroqSdkFixture sdk) : IClassFixture<GroqSdkFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> RequestScenarios => [.. GroqSdkFixture.RequestCases().Select(c => c.Id)];

    public static TheoryData<string> ErrorScenarios => [.. ResponseParsingCases.All().Where(c => c.ErrorClass is not null).Select(c => c.Id)];

    public static TheoryData<string> AnsweredScenarios =>
    [
        .. ResponseParsingCases.All().Where(c => c.ErrorClass is null).Select(c => c.Id),
        .. GroqSdkFixture.RequestCases().Select(c => c.Id),
    ];

    [Theory]
    [MemberData(nameof(RequestScenarios))]
    public async Task Connector_sends_the_same_request_as_groq_sdk(string scenario)
    {
        sdk.SkipIfUnavailable();
        var conformance = GroqSdkFixture.RequestCases().Single(c => c.Id == scenario);
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        await conformance.Connector(emulator, Ct);

        var sdkRequest = sdk.Request(scenario);
        var connectorRequest = emulator.Requests.Should().ContainSingle().Subject;
        RequestComparison.Differences(sdkRequest, connectorRequest).Should().Equal(conformance.AcceptedDifferences ?? [],
            "both describe the same request.\ngroq-sdk:  {0}\nconnector: {1}\n", RequestComparison.Show(sdkRequest), RequestComparison.Show(connectorRequest));
        sdkRequest.StatusCode.Should().Be(200);
        connectorRequest.StatusCode.Should().Be(200);
    }

    [Theory]
    [MemberData(nameof(RequestScenarios))]
    public async Task Groq_sdk_and_the_connector_read_the_same_answer(string scenario)
    {
        sdk.SkipIfUnavailable();
        var conformance = GroqSdkFixture.RequestCases().Single(c => c.Id == scenario);
        var outcome = sdk.Outcome(scenario);
        outcome.Ok.Should().BeTrue("groq-sdk should read the emulator's answer: {0}", outcome);
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        var connectorAnswer = await conformance.Connector(emulator, Ct);

        AnswerSummary.FromSdk(conformance.Sdk, outcome).Should().Be(connectorAnswer);
    }

    [Theory]
    [MemberData(nameof(AnsweredScenarios))]
    public void Groq_sdk_gets_every_member_its_types_declare_required(string scenario)
    {
        sdk.SkipIfUnavailable();
        var call = ResponseParsingCases.All().Select(c => c.Sdk).Concat(GroqSdkFixture.RequestCases().Select(c => c.Sdk)).Single(c => c.Id == scenario);
        var outcome = sdk.Outcome(scenario);

        outcome.Ok.Should().BeTrue("groq-sdk should read the emulator's answer: {0}", outcome);
        SdkResponseShapes.Problems(call, outcome).Should().BeEmpty("groq-sdk returned {0}", outcome);
    }

    [Theory]
    [MemberData(nameof(ErrorScenarios))]
    public void Groq_sdk_raises_the_APIError_subclass_for_the_status_with_Groqs_error_object(string scenario)
    {
        sdk.SkipIfUnavailable();
        var expected = ResponseParsingCases.All().Single(c => c.Id == scenario);
        var outcome = sdk.Outcome(scenario);

        outcome.Ok.Should().BeFalse("the emulator answered with an error: {0}", outcome);
        outcome.IsApiError.Should().BeTrue("{0}", outcome);
        outcome.ErrorClass.Should().Be(expected.ErrorClass, "{0}", outcome);
        outcome.ErrorChain.Should().Contain("APIError");
        outcome.Status.Should().Be(expected.Status);
        var error = outcome.GroqError;
        error.GetProperty("message").GetString().Should().NotBeNullOrWhiteSpace();
        error.GetProperty("type").GetString().Should().NotBeNullOrWhiteSpace();
        if (expected.Code is not null)
        {
            error.GetProperty("code").GetString().Should().Be(expected.Code);
        }

        if (expected.Param is not null)
        {
            error.GetProperty("param").GetString().Should().Be(expected.Param);
        }

        if (expected.Status is { } status)
        {
            sdk.Request(scenario).StatusCode.Should().Be(status, "groq-sdk was given maxRetries 0 and sent the request once");
            outcome.ErrorHeader("x-request-id").Should().StartWith("req_");
        }
    }

    [Fact]
    public void Groq_sdk_exposes_retry_after_and_the_rate_limit_headers_of_a_429()
    {
        sdk.SkipIfUnavailable();
        var outcome = sdk.Outcome("error-429-rate-limit-with-retry-after");

        outcome.ErrorHeader("retry-after").Should().Be("7");
        outcome.ErrorHeader("x-ratelimit-limit-requests").Should().Be("14400");
        outcome.ErrorHeader("x-ratelimit-remaining-tokens").Should().NotBeNullOrEmpty();
        outcome.GroqError.GetProperty("type").GetString().Should().Be("requests");
    }

    [Fact]
    public void Groq_sdk_keeps_failed_generation_of_a_json_validate_failed_error()
    {
        sdk.SkipIfUnavailable();

        sdk.Outcome("error-400-json-validate-failed").GroqError.GetProperty("failed_generation").GetString().Should().Be("""{"answer": """);
    }

    [Fact]
    public void Groq_sdk_yields_the_chunks_before_an_error_event_then_throws_Groqs_error()
    {
        sdk.SkipIfUnavailable();
        var outcome = sdk.Outcome("error-event-inside-stream");

        outcome.Error.GetProperty("chunks").GetArrayLength().Should().Be(2);
        outcome.GroqError.GetProperty("message").GetString().Should().Be("Service Unavailable");
        outcome.GroqError.GetProperty("type").GetString().Should().Be("internal_server_error");
    }

    [Fact]
    public void Groq_sdk_reads_usage_details_reasoning_and_x_groq_of_a_scripted_answer()
    {
        sdk.SkipIfUnavailable();
        var result = sdk.Outcome("scripted-usage-details").Result;

        var message = result.GetProperty("choices")[0].GetProperty("message");
        message.GetProperty("content").GetString().Should().Be("Hello!");
        message.GetProperty("reasoning").GetString().Should().Be("The user greets me.");
        var usage = result.GetProperty("usage");
        usage.GetProperty("prompt_tokens").GetInt32().Should().Be(20);
        usage.GetProperty("completion_tokens").GetInt32().Should().Be(10);
        usage.GetProperty("total_tokens").GetInt32().Should().Be(30);
        usage.GetProperty("completion_tokens_details").GetProperty("reasoning_tokens").GetInt32().Should().Be(4);
        usage.GetProperty("prompt_tokens_details").GetProperty("cached_tokens").GetInt32().Should().Be(8);
        result.GetProperty("x_groq").GetProperty("id").GetString().Should().StartWith("req_");
    }

    [Fact]
    public void Groq_sdk_reads_the_executed_tools_and_citations_the_emulator_answers_with()
    {
        sdk.SkipIfUnavailable();

        var tools = sdk.Outcome("builtin-tools-gpt-oss").Result.GetProperty("choices")[0].GetProperty("message").GetProperty("executed_tools");
        tools.EnumerateArray().Select(t => t.GetProperty("type").GetString()).Should().Equal("browser.search", "python");
        tools[0].GetProperty("search_results").GetProperty("results")[0].GetProperty("url").GetString().Should().StartWith("https://");
        tools[1].GetProperty("code_results")[0].GetProperty("text").GetString().Should().Be($"{BuiltInToolConformanceCases.Question.Length}\n");
        var streamed = sdk.Outcome("builtin-tools-compound-stream").Chunks.EnumerateArray()
            .SelectMany(c => c.GetProperty("choices")[0].GetProperty("delta").TryGetProperty("executed_tools", out var t) ? t.EnumerateArray() : [])
            .ToList();
        streamed.Select(t => (t.GetProperty("index").GetInt32(), t.TryGetProperty("output", out _))).Should().Equal((0, false), (0, true), (1, false), (1, true));
        var message = sdk.Outcome("documents-citations").Result.GetProperty("choices")[0].GetProperty("message");
        var citation = message.GetProperty("annotations").EnumerateArray().Should().ContainSingle().Subject.GetProperty("document_citation");
        citation.GetProperty("document_id").GetString().Should().Be("warranty");
        message.GetProperty("content").GetString()![citation.GetProperty("start_index").GetInt32()..citation.GetProperty("end_index").GetInt32()]
            .Should().Be("Document warranty says: The warranty lasts two years.");
    }

    [Fact]
    public void Groq_sdk_joins_tool_call_arguments_split_across_stream_chunks()
    {
        sdk.SkipIfUnavailable();
        var call = ResponseParsingCases.All().Single(c => c.Id == "scripted-stream-split-tool-arguments").Sdk;
        var outcome = sdk.Outcome(call.Id);

        AnswerSummary.FromSdk(call, outcome).ToolCalls.Should().Be("""lookup({"query":"a fairly long query string to split","limit":5})""");
        outcome.Chunks.EnumerateArray().Count(c => c.GetProperty("choices").EnumerateArray().Any(ch => ch.GetProperty("delta").TryGetProperty("tool_calls", out _)))
            .Should().BeGreaterThan(1, "the arguments arrive in pieces");
        outcome.Chunks.EnumerateArray().Last().GetProperty("choices")[0].GetProperty("finish_reason").GetString().Should().Be("tool_calls");
    }

    [Theory]
    [InlineData("stream")]
    [InlineData("stream-reasoning")]
    [InlineData("stream-tools")]
    [InlineData("scripted-stream-length-cut")]
    public void Groq_sdk_finds_the_request_id_first_and_the_usage_in_x_groq_of_the_last_chunk(string scenario)
    {
        sdk.SkipIfUnavailable();
        var chunks = sdk.Outcome(scenario).Chunks.EnumerateArray().ToList();

        chunks.Should().HaveCountGreaterThan(2);
        chunks[0].GetProperty("x_groq").GetProperty("id").GetString().Should().StartWith("req_");
        chunks[0].GetProperty("choices")[0].GetProperty("delta").GetProperty("role").GetString().Should().Be("assistant");
        var last = chunks[^1];
        last.GetProperty("choices")[0].GetProperty("finish_reason").GetString().Should().NotBeNull();
        var usage = last.GetProperty("x_groq").GetProperty("usage");
        usage.GetProperty("total_tokens").GetInt32().Should().Be(usage.GetProperty("prompt_tokens").GetInt32() + usage.GetProperty("completion_tokens").GetInt32());
    }

    [Fact]
    public void Groq_sdk_lists_and_retrieves_the_emulators_models()
    {
        sdk.SkipIfUnavailable();

        sdk.Outcome("models-list").Result.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString())
            .Should().Contain(["llama-3.3-70b-versatile", "whisper-large-v3-turbo", "openai/gpt-oss-120b"]);
        sdk.Outcome("models-retrieve").Result.GetProperty("id").GetString().Should().Be("llama-3.3-70b-versatile");
        TestContext.Current.TestOutputHelper?.WriteLine(sdk.Timings);
    }

    [Fact]
    public void Groq_sdk_retrieves_a_model_whose_id_has_a_slash_sent_percent_encoded()
    {
        sdk.SkipIfUnavailable();
        var outcome = sdk.Outcome("models-retrieve-id-with-slash");

        sdk.Request(outcome.Entry.GetProperty("id").GetString()!).Path.Should().Be("/openai/v1/models/openai%2Fgpt-oss-120b");
        outcome.Ok.Should().BeTrue("Groq decodes the id groq-sdk encodes: {0}", outcome);
        outcome.Result.GetProperty("id").GetString().Should().Be("openai/gpt-oss-120b");
    }
}
