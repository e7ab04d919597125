using System.Security.Cryptography;
using System.Text;

namespace SemanticKernel.Connectors.Groq.Emulator.Server;

/// <summary>Groq-shaped identifiers.</summary>
internal static class Ids
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyz";
    private const string Alphanumerics = "abcdefghijklmnopqrstuvwxyz0123456789";
    private const string Crockford = "0123456789abcdefghjkmnpqrstvwxyz";

    /// <summary><c>req_</c> followed by 26 lowercase alphanumerics, like Groq's ULID-based ids.</summary>
    public static string RequestId() => "req_" + RandomNumberGenerator.GetString(Crockford, 26);

    public static string CompletionId() => "chatcmpl-" + Guid.NewGuid().ToString("D");

    /// <summary>A deterministic 9-character id like Groq's tool call ids (e.g. <c>ax9fskhev</c>).</summary>
    public static string ToolCallId(string name, string arguments, int index, int salt)
    {
        var hash = Fnv1a($"{name}\n{arguments}\n{index}\n{salt}");
        var id = new char[9];
        id[0] = Letters[(int)(hash % (ulong)Letters.Length)];
        hash /= (ulong)Letters.Length;
        for (var i = 1; i < id.Length; i++)
        {
            id[i] = Alphanumerics[(int)(hash % (ulong)Alphanumerics.Length)];
            hash /= (ulong)Alphanumerics.Length;
        }

        return new string(id);
    }

    /// <summary>A deterministic non-negative seed derived from a text.</summary>
    public static long Seed(string text) => (long)(Fnv1a(text) & 0x7FFFFFFF);

    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * 1099511628211UL);
        }

        return hash;
    }
}
