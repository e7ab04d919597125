namespace SemanticKernel.Connectors.Groq;

/// <summary>A model as Groq's <c>/models</c> endpoint describes it.</summary>
/// <param name="Id">The model id to send, e.g. <c>openai/gpt-oss-120b</c>.</param>
/// <param name="OwnedBy">Who publishes the model, e.g. <c>OpenAI</c>; <see langword="null"/> when Groq does not say.</param>
/// <param name="Active">Whether Groq serves the model; a model Groq does not mark is taken as active.</param>
/// <param name="ContextWindow">The most tokens prompt and completion may hold together; <see langword="null"/> when Groq does not say.</param>
/// <param name="MaxCompletionTokens">The largest completion the model produces, in tokens; <see langword="null"/> when Groq does not say.</param>
/// <param name="Created">When the model was published; <see langword="null"/> when Groq does not say or sends a time no <see cref="DateTimeOffset"/> holds.</param>
public sealed record GroqModel(string Id, string? OwnedBy, bool Active, int? ContextWindow, int? MaxCompletionTokens, DateTimeOffset? Created);
