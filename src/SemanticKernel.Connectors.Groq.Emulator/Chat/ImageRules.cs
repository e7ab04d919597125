using System.Globalization;
using System.Text.Json;
using SemanticKernel.Connectors.Groq.Emulator.Models;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Chat;

/// <summary>
/// Groq's rules for images in already well-formed <c>messages</c>: only vision models take <c>image_url</c> parts, at most
/// <see cref="MaxImages"/> a request, a base64 image at most <see cref="MaxBase64Characters"/> characters. (The 20 MB limit of
/// an image by URL is not checked: the emulator does not fetch URLs.)
/// </summary>
internal static class ImageRules
{
    public const int MaxImages = 5;

    /// <summary>Groq's reported 4 MB limit of a base64 image, read as 4 MiB of base64 text after the comma of the data URL.</summary>
    public const int MaxBase64Characters = 4 * 1024 * 1024;

    /// <exception cref="GroqErrorException">An image breaks one of the rules; the error names the message content path.</exception>
    public static void Check(JsonElement messages, ModelInfo model)
    {
        var images = 0;
        var index = 0;
        foreach (var message in messages.EnumerateArray())
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"messages.{index}");
            index++;
            if (!message.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var part = 0;
            foreach (var item in content.EnumerateArray())
            {
                var partPath = string.Create(CultureInfo.InvariantCulture, $"{path}.content.{part}");
                part++;
                if (!item.TryGetProperty("image_url", out var image))
                {
                    continue;
                }

                if (!model.Vision)
                {
                    // The wording users report from Groq when a text-only model gets content parts with an image.
                    throw new GroqErrorException(GroqError.BadRequest(
                        $"'{path}' : for 'role:user' the following must be satisfied[('{path}.content' : value must be a string)]", $"{path}.content"));
                }

                images++;
                if (images > MaxImages)
                {
                    throw JsonChecks.Fail(partPath, string.Create(CultureInfo.InvariantCulture, $"too many images: a request may carry at most {MaxImages}"));
                }

                var url = image.GetProperty("url").GetString()!;
                var comma = url.IndexOf(',', StringComparison.Ordinal);
                if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) && url.Length - comma - 1 > MaxBase64Characters)
                {
                    throw JsonChecks.Fail($"{partPath}.image_url.url", "base64 image is larger than 4 MB; send a smaller image or its URL");
                }
            }
        }
    }
}
