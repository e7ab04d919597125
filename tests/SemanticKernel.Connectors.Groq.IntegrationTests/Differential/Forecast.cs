namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>A non-string function result, which the classic connector sends back as JSON text.</summary>
internal sealed record Forecast(string City, int Days, string Outlook);
