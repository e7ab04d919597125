using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support;

/// <summary>One input Groq would refuse: what it is, how to send it, and the refusal expected before anything is sent.</summary>
/// <param name="Id">The id the bad-input table of docs/mapping.md lists.</param>
/// <param name="What">What the input is, in words.</param>
/// <param name="Act">Sends the input through the connector to the emulator.</param>
/// <param name="Exception">The exception type expected.</param>
/// <param name="Names">What the exception's message or parameter name must name.</param>
internal sealed record BadInputCase(string Id, string What, Func<GroqEmulator, Task> Act, Type Exception, string Names);
