namespace SemanticKernel.Connectors.Groq.Chat;

/// <summary>The kinds of value a Groq-only chat field takes.</summary>
internal enum GroqChatFieldKind
{
    /// <summary>A string, possibly one of a fixed set.</summary>
    Text,

    /// <summary>A boolean.</summary>
    Bool,

    /// <summary>Any JSON value, sent as it is.</summary>
    Json,
}
