namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>The <c>GetService</c> answer the MEAI clients share: their metadata, else the client itself.</summary>
internal static class ClientServices
{
    public static object? Get(object client, object metadata, Type serviceType, object? serviceKey)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == metadata.GetType() ? metadata
            : serviceType.IsInstanceOfType(client) ? client
            : null;
    }
}
