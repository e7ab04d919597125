using FluentAssertions;
using SemanticKernel.Connectors.Groq.Emulator;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support.Conformance;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>
/// The connector's <see cref="GroqFilesClient"/> and <see cref="GroqBatchesClient"/> against groq-sdk's <c>files</c> and
/// <c>batches</c> (<see cref="BatchRequestCases"/>): the same request reaches the emulator, and the same facts are read
/// from its answer. The two runs upload their own files and create their own batches, so each side's ids are compared
/// as <c>{file_id}</c> and <c>{batch_id}</c> (<see cref="IdPlaceholders"/>): a side that sent any id but its own still differs.
/// </summary>
public sealed partial class OfficialClientConformanceTests
{
    public static TheoryData<string> BatchRequestScenarios => [.. BatchRequestCases.All().Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(BatchRequestScenarios))]
    public async Task Connector_sends_the_same_files_or_batches_request_as_groq_sdk_up_to_its_own_ids(string scenario)
    {
        sdk.SkipIfUnavailable();
        var conformance = BatchRequestCases.All().Single(c => c.Id == scenario);
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var session = new BatchSession(emulator);
        await conformance.Setup(session, Ct);
        int before = emulator.Requests.Count;

        await conformance.Act(session, Ct);

        var sdkRequest = sdk.Request(scenario);
        var connectorRequest = emulator.Requests.Skip(before).Should().ContainSingle("the step is one request, sent once").Subject;
        RequestComparison.Differences(sdkRequest, connectorRequest, SdkIds(), session.Ids).Should().Equal(conformance.AcceptedDifferences ?? [],
            "both describe the same request.\ngroq-sdk:  {0} {1} {2}\nconnector: {3} {4} {5}\n",
            sdkRequest.Method, sdkRequest.Path, RequestComparison.Show(sdkRequest),
            connectorRequest.Method, connectorRequest.Path, RequestComparison.Show(connectorRequest));
        sdkRequest.StatusCode.Should().Be(200);
        connectorRequest.StatusCode.Should().Be(200);
    }

    [Theory]
    [MemberData(nameof(BatchRequestScenarios))]
    public async Task Groq_sdk_and_the_connector_read_the_same_facts_from_a_files_or_batches_answer(string scenario)
    {
        sdk.SkipIfUnavailable();
        var conformance = BatchRequestCases.All().Single(c => c.Id == scenario);
        var call = BatchConformanceCases.All().Single(c => c.Id == scenario).Sdk;
        var sdkAnswer = BatchAnswerFacts.FromSdk(call, Ok(scenario), SdkIds());
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var session = new BatchSession(emulator);
        await conformance.Setup(session, Ct);

        var connectorAnswer = await conformance.Act(session, Ct);

        connectorAnswer.Should().Be(sdkAnswer);
    }

    [Fact]
    public void Id_placeholders_stand_for_the_ids_groq_sdk_was_given_in_its_paths_and_bodies()
    {
        sdk.SkipIfUnavailable();
        var ids = SdkIds();

        ids.Apply(sdk.Request("files-info").Path).Should().Be("/openai/v1/files/{file_id}");
        ids.Apply(sdk.Request("batches-cancel").Path).Should().Be("/openai/v1/batches/{batch_id}/cancel");
        ids.Apply(sdk.Request("batches-create").Json)!.Value.GetProperty("input_file_id").GetString().Should().Be("{file_id}");
        new IdPlaceholders().File("file_01other").Apply(sdk.Request("files-info").Path).Should().NotContain("{file_id}", "only a side's own ids are replaced");
    }

    /// <summary>The ids groq-sdk's run was given: its two uploads and its two batches.</summary>
    private IdPlaceholders SdkIds() => new IdPlaceholders()
        .File(Ok("files-create").GetProperty("id").GetString())
        .File(Ok("files-create-long").GetProperty("id").GetString())
        .Batch(Ok("batches-create").GetProperty("id").GetString())
        .Batch(Ok("batches-create-to-cancel").GetProperty("id").GetString());
}
