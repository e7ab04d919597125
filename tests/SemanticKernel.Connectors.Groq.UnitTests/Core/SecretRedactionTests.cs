using FluentAssertions;
using SemanticKernel.Connectors.Groq.Core;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Core;

/// <summary>The key is redacted in decoded strings, whatever escapes the server used, and a key that cannot be sent is refused.</summary>
public sealed class SecretRedactionTests
{
    private const string Key = "gsk_SECRET_unit_key_1234";
    private static readonly SecretRedactor Redactor = new(Key);

    [Fact]
    public void A_key_hidden_behind_unicode_escapes_in_a_json_body_is_redacted_once_decoded()
    {
        string escaped = """{"error":{"message":"bad key \u0067sk_SECRET_unit_key_1234","param":"gsk\u005fSECRET_unit_key_1234"}}""";

        string redacted = Redactor.RedactJson(escaped);

        redacted.Should().NotContain("SECRET_unit_key").And.Contain("[REDACTED]");
    }

    [Fact]
    public void A_json_body_without_the_key_is_returned_unchanged()
    {
        string body = """{"error":{"message":"bad \u0041"}}""";

        Redactor.RedactJson(body).Should().BeSameAs(body);
    }

    [Fact]
    public void A_body_that_is_not_json_is_redacted_as_text()
    {
        Redactor.RedactJson("<html>" + Key + "</html>").Should().Be("<html>[REDACTED]</html>");
    }

    [Fact]
    public void Every_field_of_an_http_error_is_redacted_after_json_decoding()
    {
        string body = """{"error":{"message":"m \u0067sk_SECRET_unit_key_1234","type":"t gsk_SECRET_unit_key_1234","code":"\u0067sk_SECRET_unit_key_1234","param":"p \u0067sk_SECRET_unit_key_1234","failed_generation":"f \u0067sk_SECRET_unit_key_1234"}}""";

        var exception = GroqErrors.FromResponse(System.Net.HttpStatusCode.BadRequest, body, "req", null, null, Redactor);

        string[] texts = [exception.Message, exception.ResponseContent!, exception.ErrorCode!, exception.ErrorType!, exception.Param!, exception.FailedGeneration!, exception.ToString()];
        texts.Should().AllSatisfy(t => t.Should().NotContain("SECRET_unit_key"));
        exception.Param.Should().Be("p [REDACTED]");
    }

    [Fact]
    public void Every_field_of_a_stream_error_is_redacted_after_json_decoding()
    {
        using var document = System.Text.Json.JsonDocument.Parse(
            """{"error":{"message":"m \u0067sk_SECRET_unit_key_1234","code":"gsk_SECRET_unit_key_1234","param":"\u0067sk_SECRET_unit_key_1234","failed_generation":"gsk_SECRET_unit_key_1234"}}""");

        var exception = GroqErrors.FromStreamError(document.RootElement, "req " + Key, null, Redactor);

        string[] texts = [exception.Message, exception.ResponseContent!, exception.ErrorCode!, exception.Param!, exception.FailedGeneration!, exception.RequestId!, exception.ToString()];
        texts.Should().AllSatisfy(t => t.Should().NotContain("SECRET_unit_key"));
        exception.Message.Should().Be("Groq stream failed ([REDACTED]): m [REDACTED]");
    }

    [Fact]
    public void An_exception_whose_chain_holds_the_key_is_replaced_by_a_redacted_stand_in_of_the_same_kind()
    {
        var original = new HttpRequestException("send failed", new IOException("Received an invalid header line: '" + Key + "'"));

        Exception cause = Redactor.Redact(original);

        cause.Should().BeOfType<HttpRequestException>();
        cause.ToString().Should().NotContain(Key);
        cause.Message.Should().StartWith("send failed");
    }

    [Fact]
    public void An_exception_without_the_key_is_kept_as_it_is()
    {
        var original = new System.Text.Json.JsonException("bad token");

        Redactor.Redact(original).Should().BeSameAs(original);
    }

    [Theory]
    [InlineData("gsk_ключ_abc", "non-ASCII")]
    [InlineData("gsk_abc\r\nX-Evil: 1", "control")]
    [InlineData("gsk_abc\u0000def", "control")]
    [InlineData("gsk_abc\u00e9", "non-ASCII")]
    public void A_key_that_cannot_be_sent_in_a_header_is_an_argument_exception_naming_the_option_not_the_key(string key, string kind)
    {
        var act = () => ApiKeyRules.Validate(key);

        var exception = act.Should().Throw<ArgumentException>().Which;
        exception.ParamName.Should().Be("options.ApiKey");
        exception.Message.Should().Contain("GroqClientOptions.ApiKey").And.Contain(kind).And.NotContain(key).And.NotContain("abc");
    }

    [Fact]
    public void A_key_of_printable_ascii_is_accepted()
    {
        FluentActions.Invoking(() => ApiKeyRules.Validate(Key)).Should().NotThrow();
    }
}
