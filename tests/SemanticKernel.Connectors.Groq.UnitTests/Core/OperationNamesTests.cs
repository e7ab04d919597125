using FluentAssertions;
using SemanticKernel.Connectors.Groq.Core.Telemetry;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Core;

public sealed class OperationNamesTests
{
    [Theory]
    [InlineData("chat/completions", "chat")]
    [InlineData("audio/transcriptions", "generate_content")]
    [InlineData("audio/translations", "generate_content")]
    [InlineData("audio/speech", "generate_content")]
    [InlineData("models", "models")]
    [InlineData("models/llama-3.3-70b-versatile", "models")]
    [InlineData("files/file_01abc/content", "files")]
    [InlineData("batches/batch_01abc/cancel", "batches")]
    [InlineData("somewhere/else", "other")]
    public void A_request_path_names_its_operation_with_a_low_cardinality_constant(string path, string operation) =>
        OperationNames.Of(path).Should().Be(operation);
}
