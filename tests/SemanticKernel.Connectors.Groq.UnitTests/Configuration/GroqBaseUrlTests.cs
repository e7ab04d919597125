using FluentAssertions;
using SemanticKernel.Connectors.Groq.Core;

namespace SemanticKernel.Connectors.Groq.UnitTests.Configuration;

/// <summary>How a <c>GROQ_BASE_URL</c> value becomes the endpoint (pure; the process variable itself is tested in <see cref="EnvironmentVariableTests"/>).</summary>
public sealed class GroqBaseUrlTests
{
    [Theory]
    [InlineData("https://api.groq.com", "https://api.groq.com/openai/v1")]
    [InlineData("http://localhost:8080/", "http://localhost:8080/openai/v1")]
    [InlineData("http://proxy.internal/groq", "http://proxy.internal/groq/openai/v1")]
    [InlineData(" http://127.0.0.1:5000 ", "http://127.0.0.1:5000/openai/v1")]
    public void The_server_root_gets_the_API_path_as_in_Groqs_SDKs(string value, string endpoint) =>
        GroqBaseUrl.EndpointFor(value)!.AbsoluteUri.Should().Be(new Uri(endpoint).AbsoluteUri);

    [Theory]
    [InlineData("https://api.groq.com/openai/v1")]
    [InlineData("http://localhost:8080/openai/v1/")]
    public void A_value_already_ending_with_the_API_path_is_not_given_it_twice(string value) =>
        GroqBaseUrl.EndpointFor(value)!.AbsolutePath.Should().Be("/openai/v1");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void An_unset_or_blank_variable_gives_no_endpoint(string? value) => GroqBaseUrl.EndpointFor(value).Should().BeNull();

    [Theory]
    [InlineData("localhost:8080")]
    [InlineData("api.groq.com")]
    [InlineData("ftp://files.test")]
    public void A_value_that_is_not_an_absolute_http_url_is_refused_naming_the_variable(string value) =>
        FluentActions.Invoking(() => GroqBaseUrl.EndpointFor(value)).Should().Throw<InvalidOperationException>().WithMessage("*GROQ_BASE_URL*https://api.groq.com*");

    [Theory]
    [InlineData("http://localhost:8080?debug=1")]
    [InlineData("http://localhost:8080/#top")]
    public void A_value_with_a_query_or_fragment_is_refused_rather_than_given_the_API_path_after_it(string value) =>
        FluentActions.Invoking(() => GroqBaseUrl.EndpointFor(value)).Should().Throw<InvalidOperationException>().WithMessage("*GROQ_BASE_URL*query*");
}
