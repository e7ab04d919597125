using System.Collections.Frozen;

namespace SemanticKernel.Connectors.Groq.Emulator.Audio;

/// <summary>Whisper's two-letter ISO-639-1 language codes and the names <c>verbose_json</c> reports for them.</summary>
internal static class WhisperLanguages
{
    private static readonly FrozenDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["en"] = "English", ["zh"] = "Chinese", ["de"] = "German", ["es"] = "Spanish", ["ru"] = "Russian", ["ko"] = "Korean",
        ["fr"] = "French", ["ja"] = "Japanese", ["pt"] = "Portuguese", ["tr"] = "Turkish", ["pl"] = "Polish", ["ca"] = "Catalan",
        ["nl"] = "Dutch", ["ar"] = "Arabic", ["sv"] = "Swedish", ["it"] = "Italian", ["id"] = "Indonesian", ["hi"] = "Hindi",
        ["fi"] = "Finnish", ["vi"] = "Vietnamese", ["he"] = "Hebrew", ["uk"] = "Ukrainian", ["el"] = "Greek", ["ms"] = "Malay",
        ["cs"] = "Czech", ["ro"] = "Romanian", ["da"] = "Danish", ["hu"] = "Hungarian", ["ta"] = "Tamil", ["no"] = "Norwegian",
        ["th"] = "Thai", ["ur"] = "Urdu", ["hr"] = "Croatian", ["bg"] = "Bulgarian", ["lt"] = "Lithuanian", ["la"] = "Latin",
        ["mi"] = "Maori", ["ml"] = "Malayalam", ["cy"] = "Welsh", ["sk"] = "Slovak", ["te"] = "Telugu", ["fa"] = "Persian",
        ["lv"] = "Latvian", ["bn"] = "Bengali", ["sr"] = "Serbian", ["az"] = "Azerbaijani", ["sl"] = "Slovenian", ["kn"] = "Kannada",
        ["et"] = "Estonian", ["mk"] = "Macedonian", ["br"] = "Breton", ["eu"] = "Basque", ["is"] = "Icelandic", ["hy"] = "Armenian",
        ["ne"] = "Nepali", ["mn"] = "Mongolian", ["bs"] = "Bosnian", ["kk"] = "Kazakh", ["sq"] = "Albanian", ["sw"] = "Swahili",
        ["gl"] = "Galician", ["mr"] = "Marathi", ["pa"] = "Punjabi", ["si"] = "Sinhala", ["km"] = "Khmer", ["sn"] = "Shona",
        ["yo"] = "Yoruba", ["so"] = "Somali", ["af"] = "Afrikaans", ["oc"] = "Occitan", ["ka"] = "Georgian", ["be"] = "Belarusian",
        ["tg"] = "Tajik", ["sd"] = "Sindhi", ["gu"] = "Gujarati", ["am"] = "Amharic", ["yi"] = "Yiddish", ["lo"] = "Lao", ["uz"] = "Uzbek",
        ["fo"] = "Faroese", ["ht"] = "Haitian Creole", ["ps"] = "Pashto", ["tk"] = "Turkmen", ["nn"] = "Nynorsk", ["mt"] = "Maltese",
        ["sa"] = "Sanskrit", ["lb"] = "Luxembourgish", ["my"] = "Myanmar", ["bo"] = "Tibetan", ["tl"] = "Tagalog", ["mg"] = "Malagasy",
        ["as"] = "Assamese", ["tt"] = "Tatar", ["ln"] = "Lingala", ["ha"] = "Hausa", ["ba"] = "Bashkir", ["jw"] = "Javanese",
        ["su"] = "Sundanese",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool TryGetName(string code, out string name) => Names.TryGetValue(code, out name!);
}
