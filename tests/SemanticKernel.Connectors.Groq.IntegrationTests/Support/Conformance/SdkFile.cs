namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Conformance;

/// <summary>A file groq-sdk uploads, built in the Node script with <c>toFile(bytes, name, { type })</c>.</summary>
internal sealed record SdkFile(byte[] Bytes, string Name, string Type);
