using System.Security.Cryptography;

namespace SemanticKernel.Connectors.Groq.Emulator.Batches;

/// <summary>Groq-shaped ids of the Batch API: a prefix and a lower-case ULID (<c>file_01jh6x76wtemjr74t1fh0faj5t</c>).</summary>
internal static class BatchIds
{
    private const string Crockford = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string File() => "file_" + Ulid();

    public static string Batch() => "batch_" + Ulid();

    public static string Request() => "batch_req_" + Ulid();

    private static string Ulid() => "01" + RandomNumberGenerator.GetString(Crockford, 24);
}
