using System.Globalization;
using System.Net.NetworkInformation;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support;

/// <summary>
/// Counts the TCP sockets this process holds open to a server port. On Linux it reads <c>/proc/net/tcp</c> and
/// <c>/proc/net/tcp6</c> (a dual-mode client socket to 127.0.0.1 appears in tcp6 as <c>::ffff:127.0.0.1</c>) and keeps
/// the rows whose remote port is the server's and whose socket inode is one of this process's descriptors
/// (<c>/proc/self/fd</c>): a socket closed by the client has no descriptor any more, whatever its TCP state (FIN_WAIT,
/// TIME_WAIT), so what is left is exactly what the process has not closed. Elsewhere it counts established connections to
/// the port (the port is ephemeral and known only to this test).
/// </summary>
internal static class LoopbackConnections
{
    private const string TimeWait = "06";

    public static int OpenTo(int port) =>
        OperatingSystem.IsLinux() && File.Exists("/proc/net/tcp") ? OpenToFromProc(port) : EstablishedTo(port);

    private static int OpenToFromProc(int port)
    {
        var owned = SocketInodesOfThisProcess();
        var count = 0;
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            if (!File.Exists(table))
            {
                continue;
            }

            foreach (var line in File.ReadLines(table).Skip(1))
            {
                // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode ...
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length < 10 || fields[3] == TimeWait || Port(fields[2]) != port)
                {
                    continue;
                }

                if (long.TryParse(fields[9], NumberStyles.Integer, CultureInfo.InvariantCulture, out var inode) && owned.Contains(inode))
                {
                    count++;
                }
            }
        }

        return count;
    }

    private static HashSet<long> SocketInodesOfThisProcess()
    {
        var inodes = new HashSet<long>();
        foreach (var fd in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
        {
            string? target;
            try
            {
                target = new FileInfo(fd).LinkTarget;
            }
            catch (IOException)
            {
                continue; // closed while listing
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }

            // "socket:[12345]"
            if (target is not null && target.StartsWith("socket:[", StringComparison.Ordinal)
                && long.TryParse(target.AsSpan(8, target.Length - 9), NumberStyles.Integer, CultureInfo.InvariantCulture, out var inode))
            {
                inodes.Add(inode);
            }
        }

        return inodes;
    }

    private static int Port(string address)
    {
        var colon = address.LastIndexOf(':');
        return colon < 0 ? -1 : int.Parse(address.AsSpan(colon + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
    }

    private static int EstablishedTo(int port) =>
        IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpConnections()
            .Count(c => c.RemoteEndPoint.Port == port && c.State is TcpState.Established or TcpState.CloseWait or TcpState.SynSent);
}
