using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>The one source-generated serializer context for every wire type.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    GenerationMode = JsonSourceGenerationMode.Default)]
[JsonSerializable(typeof(WireChatRequest))]
[JsonSerializable(typeof(WireChatCompletion))]
[JsonSerializable(typeof(WireErrorEnvelope))]
[JsonSerializable(typeof(List<WireContentPart>))]
[JsonSerializable(typeof(WireTranscription))]
[JsonSerializable(typeof(WireSpeechRequest))]
[JsonSerializable(typeof(WireModel))]
[JsonSerializable(typeof(WireModelList))]
[JsonSerializable(typeof(WireExecutedTool))]
[JsonSerializable(typeof(WireAnnotation))]
[JsonSerializable(typeof(WireFile))]
[JsonSerializable(typeof(WireFileList))]
[JsonSerializable(typeof(WireFileDeleted))]
[JsonSerializable(typeof(WireBatch))]
[JsonSerializable(typeof(WireBatchList))]
[JsonSerializable(typeof(WireBatchCreateRequest))]
[JsonSerializable(typeof(WireBatchOutputLine))]
internal sealed partial class GroqJsonContext : JsonSerializerContext;
