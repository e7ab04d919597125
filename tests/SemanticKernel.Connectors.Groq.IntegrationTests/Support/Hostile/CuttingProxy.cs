using System.Net;
using System.Net.Sockets;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Hostile;

/// <summary>
/// A loopback TCP proxy in front of a server (the emulator) that passes bytes both ways untouched, except on the
/// connections a test picks: there it resets both sides (RST, no FIN) once the client has sent a given number of
/// bytes, as a network dropping a connection in the middle of an upload would.
/// </summary>
internal sealed class CuttingProxy : IAsyncDisposable
{
    private const int BufferSize = 16 * 1024;

    private readonly TcpListener _listener;
    private readonly Uri _target;
    private readonly Func<int, long?> _cutAfterClientBytes;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _connections = [];
    private readonly Task _accepting;
    private int _accepted;
    private int _cuts;

    private CuttingProxy(Uri target, Func<int, long?> cutAfterClientBytes)
    {
        _target = target;
        _cutAfterClientBytes = cutAfterClientBytes;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>The target's address with the proxy's port.</summary>
    public Uri Endpoint => new UriBuilder(_target) { Port = ((IPEndPoint)_listener.LocalEndpoint).Port }.Uri;

    /// <summary>How many connections were reset.</summary>
    public int Cuts => Volatile.Read(ref _cuts);

    /// <summary>How many connections the client opened.</summary>
    public int Connections => Volatile.Read(ref _accepted);

    /// <summary>
    /// Starts a proxy to <paramref name="target"/>; <paramref name="cutAfterClientBytes"/> gets each connection's number
    /// (from 1, in the order they are accepted) and returns after how many bytes from the client to reset it, or
    /// <see langword="null"/> to leave it alone.
    /// </summary>
    public static CuttingProxy Start(Uri target, Func<int, long?> cutAfterClientBytes) => new(target, cutAfterClientBytes);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        await _accepting.ConfigureAwait(false);
        Task[] open;
        lock (_connections)
        {
            open = [.. _connections];
        }

        await Task.WhenAll(open).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            long? cutAfter = _cutAfterClientBytes(Interlocked.Increment(ref _accepted));
            lock (_connections)
            {
                _connections.Add(ServeAsync(client, cutAfter));
            }
        }
    }

    private async Task ServeAsync(TcpClient client, long? cutAfter)
    {
        using (client)
        using (var upstream = new TcpClient())
        {
            try
            {
                client.NoDelay = true;
                upstream.NoDelay = true;
                await upstream.ConnectAsync(_target.Host, _target.Port, _stop.Token).ConfigureAwait(false);
                var up = PumpAsync(client.GetStream(), upstream.GetStream(), cutAfter ?? long.MaxValue);
                var down = PumpAsync(upstream.GetStream(), client.GetStream(), long.MaxValue);
                var first = await Task.WhenAny(up, down).ConfigureAwait(false);
                if (first == up && await up.ConfigureAwait(false))
                {
                    Interlocked.Increment(ref _cuts);
                    client.Client.LingerState = new LingerOption(true, 0);
                    upstream.Client.LingerState = new LingerOption(true, 0);
                }

                client.Client.Close();
                upstream.Client.Close();
                await Task.WhenAll(up, down).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // Either side went away or the test ended.
            }
        }
    }

    /// <summary>Copies until the source ends (false) or <paramref name="limit"/> bytes have passed (true).</summary>
    private async Task<bool> PumpAsync(NetworkStream from, NetworkStream to, long limit)
    {
        byte[] buffer = new byte[BufferSize];
        long passed = 0;
        try
        {
            while (true)
            {
                int read = await from.ReadAsync(buffer, _stop.Token).ConfigureAwait(false);
                if (read == 0)
                {
                    return false;
                }

                int forward = (int)Math.Min(read, limit - passed);
                await to.WriteAsync(buffer.AsMemory(0, forward), _stop.Token).ConfigureAwait(false);
                passed += forward;
                if (passed >= limit)
                {
                    return true;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            return false;
        }
    }
}
