using System.Buffers.Binary;
using System.Globalization;

namespace SemanticKernel.Connectors.Groq.Emulator.Chat;

/// <summary>
/// What the emulated model can honestly say about the images it was sent (it does not look at them): a base64 data URL
/// gives its media type and byte count, plus width and height for a PNG; an http(s) URL is named as it is.
/// E.g. <c>1 image: image/png 64x48, 190 bytes</c>.
/// </summary>
internal static class ImageSummary
{
    private const int PngHeaderBytes = 24;

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The summary of the images, or null when there are none.</summary>
    public static string? Describe(IReadOnlyList<string> urls)
    {
        if (urls.Count == 0)
        {
            return null;
        }

        var noun = urls.Count == 1 ? "image" : "images";
        return string.Create(CultureInfo.InvariantCulture, $"{urls.Count} {noun}: {string.Join("; ", urls.Select(DescribeOne))}");
    }

    private static string DescribeOne(string url)
    {
        const string Marker = ";base64,";
        var marker = url.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
        if (!url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || marker < 0)
        {
            return url;
        }

        var mediaType = url[5..marker];
        var payload = url.AsSpan(marker + Marker.Length);
        var bytes = new byte[payload.Length / 4 * 3 + 3];
        if (!Convert.TryFromBase64Chars(payload, bytes, out var length))
        {
            return mediaType;
        }

        var size = string.Create(CultureInfo.InvariantCulture, $"{length} bytes");
        var data = bytes.AsSpan(0, length);
        if (data.Length >= PngHeaderBytes && data.StartsWith(PngSignature) && data[12..16].SequenceEqual("IHDR"u8))
        {
            var width = BinaryPrimitives.ReadUInt32BigEndian(data[16..]);
            var height = BinaryPrimitives.ReadUInt32BigEndian(data[20..]);
            return string.Create(CultureInfo.InvariantCulture, $"{mediaType} {width}x{height}, {size}");
        }

        return $"{mediaType}, {size}";
    }
}
