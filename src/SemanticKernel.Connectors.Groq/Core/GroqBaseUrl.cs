namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>
/// Reads <c>GROQ_BASE_URL</c> as Groq's official SDKs do: the server's root (e.g. <c>https://api.groq.com</c> or
/// <c>http://localhost:8080</c>), under which the API lives at <c>/openai/v1</c>.
/// </summary>
internal static class GroqBaseUrl
{
    private const string ApiPath = "/openai/v1";

    /// <summary>The endpoint <c>GROQ_BASE_URL</c> names in this process, or <see langword="null"/> when it is unset or blank.</summary>
    public static Uri? FromEnvironment() => EndpointFor(Environment.GetEnvironmentVariable(GroqClientOptions.BaseUrlEnvironmentVariable));

    /// <summary>
    /// The endpoint for a value of <c>GROQ_BASE_URL</c> (pure): <c>/openai/v1</c> added to the root, or the value itself when
    /// it already ends with <c>/openai/v1</c> (as an endpoint copied from OpenAI-style settings does); <see langword="null"/>
    /// for an unset or blank value, as the SDKs treat an empty variable as unset.
    /// </summary>
    /// <exception cref="InvalidOperationException">The value is not an absolute http or https URL, or has a query or fragment.</exception>
    public static Uri? EndpointFor(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string trimmed = value.Trim().TrimEnd('/');
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var root) || !IsHttpUrl(root))
        {
            throw new InvalidOperationException(
                $"The {GroqClientOptions.BaseUrlEnvironmentVariable} environment variable ('{value}') is not an absolute http or https URL. " +
                $"Set it to the server's root, e.g. https://api.groq.com, or set {nameof(GroqClientOptions)}.{nameof(GroqClientOptions.Endpoint)}.");
        }

        if (root.Query.Length > 0 || root.Fragment.Length > 0)
        {
            throw new InvalidOperationException(
                $"The {GroqClientOptions.BaseUrlEnvironmentVariable} environment variable ('{value}') has a query or fragment, after which " +
                "/openai/v1 cannot be added. Set it to the server's root alone, e.g. https://api.groq.com.");
        }

        return trimmed.EndsWith(ApiPath, StringComparison.OrdinalIgnoreCase) ? root : new Uri(trimmed + ApiPath, UriKind.Absolute);
    }

    /// <summary>Whether <paramref name="uri"/> is an absolute http or https URL, the only kind an endpoint may be.</summary>
    public static bool IsHttpUrl(Uri uri) => uri.IsAbsoluteUri && uri.Scheme is "http" or "https";
}
