using System.Buffers;
using System.Net;
using System.Text;
using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Batch;
using SemanticKernel.Connectors.Groq.Core;
using SemanticKernel.Connectors.Groq.UnitTests.Support;

namespace SemanticKernel.Connectors.Groq.UnitTests.Batch;

public sealed class BatchResultMappingTests
{
    private static readonly SecretRedactor Redactor = new(TestClients.ApiKey);

    [Fact]
    public void An_output_line_becomes_the_chat_response_the_synchronous_path_gives_usage_included()
    {
        string completion = TestData.Read(TestData.Text);
        var result = Map($$"""{"id":"batch_req_1","custom_id":"c1","response":{"status_code":200,"request_id":"req_1","body":{{completion}}},"error":null}""");

        result.CustomId.Should().Be("c1");
        result.Error.Should().BeNull();
        result.Succeeded.Should().BeTrue();
        var expected = ChatResponseMapperFor(completion);
        result.Response!.Text.Should().Be(expected.Text);
        result.Response.ModelId.Should().Be("llama-3.3-70b-versatile");
        result.Response.FinishReason.Should().Be(ChatFinishReason.Stop);
        result.Response.Usage!.InputTokenCount.Should().Be(45);
        result.Response.Usage.OutputTokenCount.Should().Be(607);
        result.Response.Usage.TotalTokenCount.Should().Be(652);
    }

    [Fact]
    public void An_error_line_with_a_Groq_error_body_becomes_a_GroqException_with_status_code_type_and_request_id()
    {
        var result = Map("""{"id":"batch_req_2","custom_id":"c2","response":{"status_code":400,"request_id":"req_2","body":{"error":{"message":"The model `nope` does not exist","type":"invalid_request_error","code":"model_not_found","param":"model"}}},"error":null}""");

        result.Response.Should().BeNull();
        result.Error!.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        result.Error.ErrorCode.Should().Be("model_not_found");
        result.Error.ErrorType.Should().Be("invalid_request_error");
        result.Error.Param.Should().Be("model");
        result.Error.RequestId.Should().Be("req_2");
        result.Error.Message.Should().Contain("does not exist");
    }

    [Theory]
    [InlineData("batch_expired")]
    [InlineData("batch_cancelled")]
    public void A_request_that_never_ran_becomes_a_GroqException_with_Groqs_code(string code)
    {
        var result = Map($$$"""{"id":"batch_req_3","custom_id":"c3","response":null,"error":{"code":"{{{code}}}","message":"This request could not be executed before the completion window expired."}}""");

        result.CustomId.Should().Be("c3");
        result.Response.Should().BeNull();
        result.Error!.ErrorCode.Should().Be(code);
        result.Error.Message.Should().Contain("'c3'").And.Contain(code);
    }

    [Fact]
    public void A_success_without_choices_is_reported_as_that_requests_error()
    {
        var result = Map("""{"custom_id":"c4","response":{"status_code":200,"body":{"id":"x","choices":[]}}}""");

        result.Error!.Message.Should().Contain("without choices");
    }

    [Fact]
    public void A_line_with_neither_response_nor_error_is_reported_not_dropped()
    {
        var result = Map("""{"custom_id":"c5","response":null,"error":null}""");

        result.CustomId.Should().Be("c5");
        result.Error!.Message.Should().Contain("neither a response nor an error");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"response":null,"error":{"code":"batch_expired"}}""")]
    public void A_line_that_cannot_be_attributed_to_a_request_throws(string line)
    {
        var act = () => Map(line);

        act.Should().Throw<GroqException>().WithMessage("*file_out, line 7*");
    }

    [Fact]
    public void The_api_key_in_an_error_body_is_redacted()
    {
        string body = "{\"error\":{\"message\":\"Invalid API Key " + TestClients.ApiKey + "\",\"type\":\"invalid_request_error\"}}";
        var result = Map("{\"custom_id\":\"c6\",\"response\":{\"status_code\":401,\"body\":" + body + "}}");

        result.Error!.Message.Should().NotContain(TestClients.ApiKey);
        result.Error.ResponseContent.Should().NotContain(TestClients.ApiKey);
    }

    private static GroqBatchResult Map(string line) =>
        BatchResultMapper.ToResult(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(line)), "file file_out, line 7", Redactor);

    private static ChatResponse ChatResponseMapperFor(string completion) =>
        SemanticKernel.Connectors.Groq.Chat.ChatResponseMapper.ToChatResponse(
            System.Text.Json.JsonSerializer.Deserialize(completion, SemanticKernel.Connectors.Groq.Core.Wire.GroqJsonContext.Default.WireChatCompletion)!, null);
}
