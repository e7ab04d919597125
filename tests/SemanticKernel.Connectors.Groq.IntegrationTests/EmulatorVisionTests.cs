using System.Net;
using System.Text.Json;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>The emulator takes images the way Groq documents: vision models only, at most 5 a request, 4 MB of base64 each.</summary>
public sealed class EmulatorVisionTests
{
    private const string Scout = "meta-llama/llama-4-scout-17b-16e-instruct";
    private const string ImagePart = """{"type":"image_url","image_url":{"url":"https://example.com/cat.jpg"}}""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("meta-llama/llama-4-scout-17b-16e-instruct", true)]
    [InlineData("meta-llama/llama-4-maverick-17b-128e-instruct", true)]
    [InlineData("llama-3.3-70b-versatile", false)]
    [InlineData("llama-3.1-8b-instant", false)]
    [InlineData("openai/gpt-oss-20b", false)]
    [InlineData("qwen/qwen3-32b", false)]
    public async Task Only_vision_models_take_an_image(string model, bool takesImages)
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        var (status, body) = await EmulatorChatHttp.PostAsync(emulator, Body(model, UserWithImages(1)), Ct);

        if (takesImages)
        {
            status.Should().Be(HttpStatusCode.OK);
            Content(body).Should().Be("You asked: What is this? [1 image: https://example.com/cat.jpg]");
        }
        else
        {
            status.Should().Be(HttpStatusCode.BadRequest);
            var error = body.GetProperty("error");
            error.GetProperty("type").GetString().Should().Be("invalid_request_error");
            error.GetProperty("param").GetString().Should().Be("messages.0.content");
            error.GetProperty("message").GetString().Should().Be("'messages.0' : for 'role:user' the following must be satisfied[('messages.0.content' : value must be a string)]");
        }
    }

    [Fact]
    public async Task An_image_in_an_earlier_turn_is_refused_by_a_text_only_model_naming_that_message()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var messages = $$"""{{UserWithImages(1)}},{"role":"assistant","content":"A cat."},{"role":"user","content":"And now?"}""";

        var (status, body) = await EmulatorChatHttp.PostAsync(emulator, Body("llama-3.3-70b-versatile", messages), Ct);

        status.Should().Be(HttpStatusCode.BadRequest);
        body.GetProperty("error").GetProperty("param").GetString().Should().Be("messages.0.content");
    }

    [Fact]
    public async Task Text_parts_without_an_image_are_accepted_by_a_text_only_model()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        const string Messages = """{"role":"user","content":[{"type":"text","text":"Why is"},{"type":"text","text":"the sky blue?"}]}""";

        var (status, body) = await EmulatorChatHttp.PostAsync(emulator, Body("llama-3.3-70b-versatile", Messages), Ct);

        status.Should().Be(HttpStatusCode.OK);
        Content(body).Should().Be("You asked: Why is the sky blue?");
    }

    [Fact]
    public async Task Five_images_are_accepted_and_a_sixth_is_refused_naming_its_part()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        var (five, _) = await EmulatorChatHttp.PostAsync(emulator, Body(Scout, UserWithImages(5)), Ct);
        var (six, body) = await EmulatorChatHttp.PostAsync(emulator, Body(Scout, UserWithImages(6)), Ct);

        five.Should().Be(HttpStatusCode.OK);
        six.Should().Be(HttpStatusCode.BadRequest);
        var error = body.GetProperty("error");
        error.GetProperty("type").GetString().Should().Be("invalid_request_error");
        error.GetProperty("param").GetString().Should().Be("messages.0.content.6");
        error.GetProperty("message").GetString().Should().Contain("at most 5");
    }

    [Fact]
    public async Task Images_are_counted_across_the_whole_conversation()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var messages = $$"""{{UserWithImages(3)}},{"role":"assistant","content":"Three cats."},{{UserWithImages(3)}}""";

        var (status, body) = await EmulatorChatHttp.PostAsync(emulator, Body(Scout, messages), Ct);

        status.Should().Be(HttpStatusCode.BadRequest);
        body.GetProperty("error").GetProperty("param").GetString().Should().Be("messages.2.content.3");
    }

    [Fact]
    public async Task A_base64_image_over_4_MB_is_refused_and_one_of_exactly_4_MB_is_accepted()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        // 3 MiB of bytes is exactly 4 MiB of base64; three bytes more is four characters more.
        var (atLimit, _) = await EmulatorChatHttp.PostAsync(emulator, Body(Scout, UserWithDataImage(3 * 1024 * 1024)), Ct);
        var (overLimit, body) = await EmulatorChatHttp.PostAsync(emulator, Body(Scout, UserWithDataImage((3 * 1024 * 1024) + 3)), Ct);

        atLimit.Should().Be(HttpStatusCode.OK);
        overLimit.Should().Be(HttpStatusCode.BadRequest);
        var error = body.GetProperty("error");
        error.GetProperty("type").GetString().Should().Be("invalid_request_error");
        error.GetProperty("param").GetString().Should().Be("messages.0.content.1.image_url.url");
        error.GetProperty("message").GetString().Should().Contain("larger than 4 MB");
    }

    private static string Body(string model, string messages) => $$"""{"model":"{{model}}","messages":[{{messages}}]}""";

    private static string UserWithImages(int count) =>
        $$"""{"role":"user","content":[{"type":"text","text":"What is this?"}{{string.Concat(Enumerable.Repeat("," + ImagePart, count))}}]}""";

    private static string UserWithDataImage(int bytes) =>
        $$$"""{"role":"user","content":[{"type":"text","text":"What is this?"},{"type":"image_url","image_url":{"url":"data:image/png;base64,{{{Convert.ToBase64String(new byte[bytes])}}}"}}]}""";

    private static string? Content(JsonElement completion) =>
        completion.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString();
}
