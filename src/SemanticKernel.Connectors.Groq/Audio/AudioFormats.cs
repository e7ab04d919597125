using System.Collections.Frozen;

namespace SemanticKernel.Connectors.Groq.Audio;

/// <summary>The audio formats Groq's Whisper endpoints take, by file extension and by MIME type (pure).</summary>
internal static class AudioFormats
{
    public static readonly FrozenSet<string> Extensions =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "flac", "mp3", "mp4", "mpeg", "mpga", "m4a", "ogg", "wav", "webm");

    private static readonly FrozenDictionary<string, string> ExtensionByMediaType = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["audio/flac"] = "flac",
        ["audio/x-flac"] = "flac",
        ["audio/mpeg"] = "mp3",
        ["audio/mp3"] = "mp3",
        ["audio/mpga"] = "mpga",
        ["audio/mp4"] = "m4a",
        ["audio/m4a"] = "m4a",
        ["audio/x-m4a"] = "m4a",
        ["video/mp4"] = "mp4",
        ["video/mpeg"] = "mpeg",
        ["audio/ogg"] = "ogg",
        ["audio/opus"] = "ogg",
        ["audio/wav"] = "wav",
        ["audio/x-wav"] = "wav",
        ["audio/wave"] = "wav",
        ["audio/vnd.wave"] = "wav",
        ["audio/webm"] = "webm",
        ["video/webm"] = "webm",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The extension of a file name, without the dot, or <see langword="null"/>.</summary>
    public static string? ExtensionOf(string fileName)
    {
        string extension = Path.GetExtension(fileName);
        return extension.Length > 1 ? extension[1..] : null;
    }

    /// <summary>The extension Groq knows for a MIME type (parameters such as <c>;codecs=</c> ignored), or <see langword="null"/>.</summary>
    public static string? ExtensionFor(string? mediaType)
    {
        if (string.IsNullOrEmpty(mediaType))
        {
            return null;
        }

        int parameters = mediaType.IndexOf(';', StringComparison.Ordinal);
        string bare = (parameters < 0 ? mediaType : mediaType[..parameters]).Trim();
        return ExtensionByMediaType.GetValueOrDefault(bare);
    }

    /// <summary>The MIME type sent with a file of this extension.</summary>
    public static string MediaTypeFor(string extension) => extension.ToLowerInvariant() switch
    {
        "flac" => "audio/flac",
        "mp3" or "mpga" or "mpeg" => "audio/mpeg",
        "mp4" or "m4a" => "audio/mp4",
        "ogg" => "audio/ogg",
        "wav" => "audio/wav",
        "webm" => "audio/webm",
        _ => "application/octet-stream",
    };

    /// <summary>The extension for the format the first bytes of a file show, or <see langword="null"/>.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head) => head switch
    {
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'A', (byte)'V', (byte)'E', ..] => "wav",
        [(byte)'f', (byte)'L', (byte)'a', (byte)'C', ..] => "flac",
        [(byte)'O', (byte)'g', (byte)'g', (byte)'S', ..] => "ogg",
        [(byte)'I', (byte)'D', (byte)'3', ..] => "mp3",
        [0xFF, var sync, ..] when (sync & 0xE0) == 0xE0 => "mp3",
        [0x1A, 0x45, 0xDF, 0xA3, ..] => "webm",
        [_, _, _, _, (byte)'f', (byte)'t', (byte)'y', (byte)'p', ..] => "m4a",
        _ => null,
    };
}
