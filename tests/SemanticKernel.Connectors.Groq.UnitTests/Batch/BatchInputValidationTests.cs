using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using static SemanticKernel.Connectors.Groq.UnitTests.Batch.BatchTestClients;

namespace SemanticKernel.Connectors.Groq.UnitTests.Batch;

public sealed class BatchInputValidationTests
{
    [Fact]
    public async Task Duplicate_custom_ids_are_refused_before_upload()
    {
        var api = new FakeBatchApi();
        var act = () => Runner(api).SubmitAsync([Request("a"), Request("b"), Request("a")], cancellationToken: TestClients.Ct);

        (await act.Should().ThrowAsync<ArgumentException>()).WithMessage("*'a'*more than one*");
        api.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_request_the_chat_client_would_refuse_is_refused_before_upload_naming_its_custom_id()
    {
        var api = new FakeBatchApi();
        var bad = Request("third", options: new ChatOptions { Temperature = 5 });
        var act = () => Runner(api).SubmitAsync([Request("first"), Request("second"), bad], cancellationToken: TestClients.Ct);

        var thrown = (await act.Should().ThrowAsync<ArgumentException>()).Which;
        thrown.Message.Should().Contain("'third'").And.Contain("Temperature");
        thrown.InnerException.Should().BeOfType<ArgumentOutOfRangeException>();
        api.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task An_option_Groq_does_not_support_is_refused_naming_its_custom_id()
    {
        var api = new FakeBatchApi();
        var act = () => Runner(api).SubmitAsync([Request("topk", options: new ChatOptions { TopK = 3 })], cancellationToken: TestClients.Ct);

        var thrown = (await act.Should().ThrowAsync<ArgumentException>()).Which;
        thrown.Message.Should().Contain("'topk'").And.Contain("TopK");
        thrown.InnerException.Should().BeOfType<NotSupportedException>();
        api.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task A_request_without_custom_id_is_refused_by_position(string? customId)
    {
        var api = new FakeBatchApi();
        var act = () => Runner(api).SubmitAsync([Request("ok"), Request(customId!)], cancellationToken: TestClients.Ct);

        (await act.Should().ThrowAsync<ArgumentException>()).WithMessage("Request #1 of the batch has no custom id*");
        api.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task An_empty_batch_is_refused()
    {
        var act = () => Runner(new FakeBatchApi()).SubmitAsync([], cancellationToken: TestClients.Ct);

        (await act.Should().ThrowAsync<ArgumentException>()).WithMessage("A batch needs at least one request*");
    }

    [Fact]
    public async Task More_than_50000_requests_are_refused_before_upload()
    {
        var api = new FakeBatchApi();
        var act = () => Runner(api).SubmitAsync(Requests(50_001), cancellationToken: TestClients.Ct);

        (await act.Should().ThrowAsync<ArgumentException>()).WithMessage("*at most 50,000 requests*");
        api.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task An_input_file_over_100_MB_is_refused_before_upload_naming_the_request_that_crossed_it()
    {
        var api = new FakeBatchApi();
        string large = new('x', 9_000_000);
        var act = () => Runner(api).SubmitAsync(Requests(12, large), cancellationToken: TestClients.Ct);

        (await act.Should().ThrowAsync<ArgumentException>()).WithMessage("*100,000,000 bytes*'req-11'*");
        api.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("23h")]
    [InlineData("8d")]
    [InlineData("1w")]
    [InlineData("24")]
    [InlineData("h")]
    public async Task A_completion_window_outside_24h_to_7d_is_refused_before_upload(string window)
    {
        var api = new FakeBatchApi();
        var act = () => Runner(api).SubmitAsync([Request("a")], new GroqChatBatchOptions { CompletionWindow = window }, TestClients.Ct);

        await act.Should().ThrowAsync<ArgumentOutOfRangeException>();
        api.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task An_input_file_name_that_is_not_jsonl_is_refused()
    {
        var act = () => Runner(new FakeBatchApi()).SubmitAsync([Request("a")], new GroqChatBatchOptions { InputFileName = "batch.json" }, TestClients.Ct);

        (await act.Should().ThrowAsync<ArgumentException>()).WithMessage("*must end with .jsonl*");
    }
}
