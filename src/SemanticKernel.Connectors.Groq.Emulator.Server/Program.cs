using System.Runtime.InteropServices;
using SemanticKernel.Connectors.Groq.Emulator.Server;

using var stop = new CancellationTokenSource();
// Ctrl+C and SIGTERM stop the server gracefully (the port is released) instead of killing the process.
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

return await ServerHost.RunAsync(args, Console.Out, Console.Error, stop.Token);

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}
