using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>
/// One aspect of a run (requests, history, filters, ...) as ordered <c>path = value</c> pairs, so two runs compare
/// path by path and a difference names exactly where it is.
/// </summary>
internal sealed class Facts
{
    private readonly List<KeyValuePair<string, string>> _items = [];

    /// <summary>Quotes stay readable in failure messages: <c>"{\"city\"}"</c>, not <c>\u0022</c>.</summary>
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IReadOnlyList<KeyValuePair<string, string>> Items => _items;

    public void Add(string path, object? value) => _items.Add(new(path, Show(value)));

    public void AddRaw(string path, string shown) => _items.Add(new(path, shown));

    /// <summary>Strings are quoted so <c>"null"</c>, <c>""</c> and an absent value read differently.</summary>
    public static string Show(object? value) => value switch
    {
        null => "null",
        string text => JsonSerializer.Serialize(text, Quoting),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };
}
