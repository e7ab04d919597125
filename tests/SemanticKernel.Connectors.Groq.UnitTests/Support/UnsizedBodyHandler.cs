using System.Net;
using System.Text;

namespace SemanticKernel.Connectors.Groq.UnitTests.Support;

/// <summary>Answers 200 with a JSON body whose length is not declared (as a chunked answer), so the client must grow its buffer.</summary>
internal sealed class UnsizedBodyHandler(string json) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new("application/json");
        content.Headers.ContentLength = null;
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }
}
