namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support;

/// <summary>
/// Sets an <see cref="AppContext"/> switch until disposed, then puts back the value it had; a switch that was not set goes
/// back to <see langword="false"/>, the default of every switch (<see cref="AppContext"/> cannot unset one).
/// </summary>
internal sealed class AppContextSwitchScope : IDisposable
{
    private readonly string _name;
    private readonly bool _previous;

    public AppContextSwitchScope(string name, bool value)
    {
        _name = name;
        _previous = AppContext.TryGetSwitch(name, out bool previous) && previous;
        AppContext.SetSwitch(name, value);
    }

    public void Dispose() => AppContext.SetSwitch(_name, _previous);
}
