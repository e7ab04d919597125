using System.Net;
using System.Text;

namespace SemanticKernel.Connectors.Groq.UnitTests.Support;

/// <summary>Answers every request with one JSON body, but only once <see cref="Release"/> is called; counts the requests.</summary>
internal sealed class GatedHandler(string json) : HttpMessageHandler
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _requests;

    public int Requests => Volatile.Read(ref _requests);

    public void Release() => _gate.TrySetResult();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        await _gate.Task.WaitAsync(cancellationToken);
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
            RequestMessage = request,
        };
    }
}
