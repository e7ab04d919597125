using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Core.Pacing;

/// <summary>
/// The tokens a chat request is assumed to use before Groq says: its JSON body's bytes / 4 (a rough upper bound of the
/// prompt's tokens, tools and schemas included), each image as <see cref="ImageTokens"/> instead of its URL's length, plus
/// <c>max_completion_tokens</c> or a default.
/// </summary>
internal static class ChatTokenEstimate
{
    /// <summary>The tokens an image is assumed to cost (its base64 text would otherwise count as a prompt of that length).</summary>
    internal const int ImageTokens = 1_024;

    public static int Of(WireChatRequest request, int bodyBytes, int defaultCompletionTokens)
    {
        long imageCharacters = 0;
        int images = 0;
        foreach (var message in request.Messages)
        {
            foreach (var part in message.Content?.Parts ?? [])
            {
                if (part.ImageUrl is { } image)
                {
                    imageCharacters += image.Url.Length;
                    images++;
                }
            }
        }

        long prompt = ((Math.Max(0, bodyBytes - imageCharacters) + 3) / 4) + ((long)images * ImageTokens);
        return (int)Math.Min(int.MaxValue, prompt + (request.MaxCompletionTokens ?? defaultCompletionTokens));
    }
}
