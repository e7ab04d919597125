using System.Text.Json;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Chat;

/// <summary>
/// One Groq-only chat request field: its wire name (also its <c>ChatOptions.AdditionalProperties</c> key and its key in
/// SK settings), the kind of value it takes with the rule that checks it, and where it goes on the request.
/// </summary>
internal sealed class GroqChatField
{
    private readonly string[]? _allowed;
    private readonly Action<WireChatRequest, object> _write;

    private GroqChatField(string key, GroqChatFieldKind kind, string[]? allowed, string? settingsProperty, Action<WireChatRequest, object> write)
    {
        Key = key;
        Kind = kind;
        SettingsProperty = settingsProperty;
        _allowed = allowed;
        _write = write;
    }

    public string Key { get; }

    public GroqChatFieldKind Kind { get; }

    /// <summary>The typed property of <see cref="GroqPromptExecutionSettings"/> for this field, if it has one.</summary>
    public string? SettingsProperty { get; }

    /// <summary>How SK callers' errors name this field: the typed property, else the settings' key.</summary>
    public string SettingsName => SettingsProperty is { } property
        ? $"{nameof(GroqPromptExecutionSettings)}.{property}"
        : $"{nameof(GroqPromptExecutionSettings)}.{nameof(GroqPromptExecutionSettings.ExtensionData)}[\"{Key}\"]";

    // A field without a setter of its own is sent under its key as given (WireChatRequest.Extra); a setter is for
    // fields the request mapper checks against others.

    public static GroqChatField Text(string key, Action<WireChatRequest, string>? write = null, string? settingsProperty = null) =>
        new(key, GroqChatFieldKind.Text, null, settingsProperty, write is null ? AsGiven(key) : (request, value) => write(request, (string)value));

    public static GroqChatField OneOf(string key, string[] allowed, Action<WireChatRequest, string>? write = null, string? settingsProperty = null) =>
        new(key, GroqChatFieldKind.Text, allowed, settingsProperty, write is null ? AsGiven(key) : (request, value) => write(request, (string)value));

    public static GroqChatField Bool(string key, Action<WireChatRequest, bool>? write = null, string? settingsProperty = null) =>
        new(key, GroqChatFieldKind.Bool, null, settingsProperty, write is null ? AsGiven(key) : (request, value) => write(request, (bool)value));

    public static GroqChatField Json(string key, string? settingsProperty = null) =>
        new(key, GroqChatFieldKind.Json, null, settingsProperty, AsGiven(key));

    /// <summary>
    /// The value as this field takes it: a <see cref="string"/>, a <see cref="bool"/> or a <see cref="JsonElement"/>.
    /// Anything else throws an <see cref="ArgumentException"/> naming <paramref name="setting"/>, the caller's name for it.
    /// </summary>
    public object Read(object value, string setting) => Kind switch
    {
        GroqChatFieldKind.Text => Allowed(ReadText(value, setting), setting),
        GroqChatFieldKind.Bool => SettingValue.TryGetBool(value, out bool b) ? b : throw new ArgumentException($"{setting} must be a boolean.", setting),
        _ => value switch
        {
            JsonElement e => e,
            JsonDocument d => d.RootElement.Clone(),
            _ => JsonSerializer.SerializeToElement(value, ChatMessageMapper.CompactJson.GetTypeInfo(value.GetType())),
        },
    };

    /// <summary>Reads and checks <paramref name="value"/>, then sets it on <paramref name="request"/>.</summary>
    public void Write(WireChatRequest request, object value, string setting) => _write(request, Read(value, setting));

    private static Action<WireChatRequest, object> AsGiven(string key) => (request, value) =>
        (request.Extra ??= new(StringComparer.Ordinal))[key] = value switch
        {
            JsonElement element => element,
            string text => JsonSerializer.SerializeToElement(text, GroqJsonContext.Default.String),
            _ => JsonSerializer.SerializeToElement((bool)value, GroqJsonContext.Default.Boolean),
        };

    // OpenAI's settings hold some of these as small structs (e.g. a reasoning effort level) whose text is the wire value.
    private static string ReadText(object value, string setting) =>
        SettingValue.TryGetText(value, out string? text) ? text
        : value is ValueType and not JsonElement and not bool and not IConvertible ? value.ToString() ?? string.Empty
        : throw new ArgumentException($"{setting} must be a string.", setting);

    private string Allowed(string text, string setting) =>
        _allowed is null || Array.IndexOf(_allowed, text) >= 0
            ? text
            : throw new ArgumentException($"{setting} is '{text}'; Groq accepts {string.Join(", ", _allowed)}.", setting);
}
