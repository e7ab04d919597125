using System.Text.Json;
using FluentAssertions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using static SemanticKernel.Connectors.Groq.UnitTests.Batch.BatchTestClients;

namespace SemanticKernel.Connectors.Groq.UnitTests.Batch;

public sealed class KernelBatchTests
{
    [Fact]
    public async Task Prompts_run_through_a_batch_each_give_a_ChatMessageContent_with_usage_metadata()
    {
        var api = new FakeBatchApi();
        var batch = new GroqKernelBatch(Runner(api));

        var results = new List<GroqKernelBatchResult>();
        await foreach (var result in batch.RunPromptsAsync(["one", "two", "three"], options: FastPolling, cancellationToken: TestClients.Ct))
        {
            results.Add(result);
        }

        results.Select(r => r.Index).Should().Equal(0, 1, 2);
        results.Should().OnlyContain(r => r.Succeeded && r.Content!.Role == AuthorRole.Assistant);
        results[1].Content!.Content.Should().Be("answer to item-1");
        results[1].Content!.ModelId.Should().Be("llama-3.3-70b-versatile");
        results[1].Content!.Metadata.Should().ContainKey("Usage");
        JsonDocument.Parse(api.InputLines()[2]).RootElement.GetProperty("body").GetProperty("messages")[0].GetProperty("content").GetString().Should().Be("three");
    }

    [Fact]
    public async Task Execution_settings_are_mapped_into_every_request_as_the_chat_service_maps_them()
    {
        var api = new FakeBatchApi();
        var settings = new GroqPromptExecutionSettings { Temperature = 0.3f, MaxTokens = 99, ChatSystemPrompt = "Be brief.", ReasoningFormat = "hidden", ModelId = "qwen/qwen3-32b" };

        await new GroqKernelBatch(Runner(api)).SubmitAsync([new ChatHistory("Hi", AuthorRole.User), new ChatHistory("Yo", AuthorRole.User)], settings, cancellationToken: TestClients.Ct);

        foreach (string line in api.InputLines())
        {
            var body = JsonDocument.Parse(line).RootElement.GetProperty("body");
            body.GetProperty("model").GetString().Should().Be("qwen/qwen3-32b");
            body.GetProperty("temperature").GetSingle().Should().Be(0.3f);
            body.GetProperty("max_completion_tokens").GetInt32().Should().Be(99);
            body.GetProperty("reasoning_format").GetString().Should().Be("hidden");
            body.GetProperty("messages")[0].GetProperty("role").GetString().Should().Be("system");
        }
    }

    [Fact]
    public async Task Settings_of_another_connector_are_read_as_the_chat_service_reads_them()
    {
        var api = new FakeBatchApi();
        var settings = new OpenAIPromptExecutionSettings { MaxTokens = 7, Seed = 42 };

        await new GroqKernelBatch(Runner(api)).SubmitAsync([new ChatHistory("Hi", AuthorRole.User)], settings, cancellationToken: TestClients.Ct);

        var body = JsonDocument.Parse(api.InputLines().Single()).RootElement.GetProperty("body");
        body.GetProperty("max_completion_tokens").GetInt32().Should().Be(7);
        body.GetProperty("seed").GetInt64().Should().Be(42);
    }

    [Fact]
    public async Task Auto_invoked_function_calling_is_refused_before_upload()
    {
        var api = new FakeBatchApi();
        var kernel = new Kernel();
        kernel.Plugins.AddFromFunctions("time", [KernelFunctionFactory.CreateFromMethod(() => "12:00", "now")]);
        var settings = new GroqPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() };

        var act = () => new GroqKernelBatch(Runner(api)).SubmitAsync([new ChatHistory("What time is it?", AuthorRole.User)], settings, kernel: kernel, cancellationToken: TestClients.Ct);

        (await act.Should().ThrowAsync<NotSupportedException>()).WithMessage("*cannot be invoked automatically*autoInvoke: false*");
        api.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Functions_offered_without_auto_invocation_are_sent_as_tools()
    {
        var api = new FakeBatchApi();
        var kernel = new Kernel();
        kernel.Plugins.AddFromFunctions("time", [KernelFunctionFactory.CreateFromMethod(() => "12:00", "now")]);
        var settings = new GroqPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(autoInvoke: false) };

        await new GroqKernelBatch(Runner(api)).SubmitAsync([new ChatHistory("What time is it?", AuthorRole.User)], settings, kernel: kernel, cancellationToken: TestClients.Ct);

        var body = JsonDocument.Parse(api.InputLines().Single()).RootElement.GetProperty("body");
        body.GetProperty("tools")[0].GetProperty("function").GetProperty("name").GetString().Should().Be("time-now");
    }

    [Fact]
    public async Task More_than_one_result_per_prompt_is_refused()
    {
        var api = new FakeBatchApi();
        var act = () => new GroqKernelBatch(Runner(api)).SubmitAsync(
            [new ChatHistory("Hi", AuthorRole.User)], new GroqPromptExecutionSettings { ResultsPerPrompt = 2 }, cancellationToken: TestClients.Ct);

        (await act.Should().ThrowAsync<NotSupportedException>()).WithMessage("*ResultsPerPrompt must be 1*");
        api.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_failed_item_keeps_its_index_and_error()
    {
        var api = new FakeBatchApi { FinalStatus = "expired" };
        var results = new List<GroqKernelBatchResult>();
        await foreach (var result in new GroqKernelBatch(Runner(api)).RunPromptsAsync(["a", "b"], options: FastPolling, cancellationToken: TestClients.Ct))
        {
            results.Add(result);
        }

        results.Single(r => !r.Succeeded).Should().Match<GroqKernelBatchResult>(r => r.Index == 1 && r.Error!.ErrorCode == "batch_expired" && r.Content == null);
    }
}
