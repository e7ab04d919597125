using SemanticKernel.Connectors.Groq.Core;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Models;

/// <summary>
/// The checks of <see cref="GroqClientOptions.CheckRequestsAgainstModelCatalog"/> for one client, over its own pipeline. After
/// the first fetch the catalog is at hand synchronously, so a check allocates nothing for a request that passes.
/// </summary>
internal sealed class ModelCatalogGate(GroqModelCatalog catalog)
{
    /// <summary>A gate when <paramref name="options"/> turn the checks on, else <see langword="null"/>.</summary>
    public static ModelCatalogGate? For(GroqClientOptions options, GroqHttpPipeline pipeline) =>
        options.CheckRequestsAgainstModelCatalog ? new ModelCatalogGate(new GroqModelCatalog(options, pipeline, TimeProvider.System)) : null;

    /// <summary>Refuses a model the catalog does not list or lists as inactive.</summary>
    public async ValueTask CheckModelAsync(string id, string modelSetting, CancellationToken cancellationToken)
    {
        var index = await catalog.GetIndexAsync(cancellationToken).ConfigureAwait(false);
        ModelRequestChecks.CheckModel(index, id, modelSetting);
    }

    /// <summary>Refuses a chat request <see cref="ModelRequestChecks.Check"/> refuses.</summary>
    public async ValueTask CheckChatAsync(WireChatRequest request, string modelSetting, CancellationToken cancellationToken)
    {
        var index = await catalog.GetIndexAsync(cancellationToken).ConfigureAwait(false);
        ModelRequestChecks.Check(index, request, modelSetting);
    }
}
