using System.Globalization;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support;

/// <summary>Counts TCP connections from the kernel's tables (<c>/proc/net/tcp</c> and <c>tcp6</c>), to find connections left open.</summary>
internal static class TcpConnections
{
    private const string EstablishedState = "01";

    /// <summary>Established connections whose remote end is <paramref name="toPort"/> (the client side of a loopback server).</summary>
    /// <exception cref="PlatformNotSupportedException">There is no <c>/proc/net/tcp</c> (not Linux).</exception>
    public static int Established(int toPort)
    {
        if (!File.Exists("/proc/net/tcp"))
        {
            throw new PlatformNotSupportedException("Counting connections needs /proc/net/tcp (Linux).");
        }

        int count = 0;
        foreach (string table in new[] { "/proc/net/tcp", "/proc/net/tcp6" }.Where(File.Exists))
        {
            foreach (string line in File.ReadLines(table).Skip(1))
            {
                string[] fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length > 3 && fields[3] == EstablishedState && Port(fields[2]) == toPort)
                {
                    count++;
                }
            }
        }

        return count;
    }

    private static int Port(string address) => int.Parse(address[(address.LastIndexOf(':') + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
