using Microsoft.AspNetCore.Http;

namespace SemanticKernel.Connectors.Groq.Emulator.Server;

/// <summary>Answers every unmatched method and path with Groq's 404 <c>unknown_url</c> error.</summary>
internal static class UnknownUrlEndpoint
{
    public static Task HandleAsync(HttpContext context) =>
        ResponseWriter.WriteErrorAsync(context, GroqError.UnknownUrl(context.Request.Method, context.Request.PathBase + context.Request.Path));
}
