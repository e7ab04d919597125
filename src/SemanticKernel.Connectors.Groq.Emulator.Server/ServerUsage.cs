namespace SemanticKernel.Connectors.Groq.Emulator.Server;

/// <summary>The <c>--help</c> text of <c>groq-emulator</c>.</summary>
internal static class ServerUsage
{
    public const string Text = """
        groq-emulator: a Groq-compatible HTTP server for offline tests (emulated answers, no model).

        Usage: groq-emulator [options]        (or: dotnet run --project src/SemanticKernel.Connectors.Groq.Emulator.Server -- [options])

        Options:
          --port <n>                   TCP port to listen on (default 8080; 0 picks a free one).
          --host <address>             Address to listen on (default 127.0.0.1; localhost, ::1, or 0.0.0.0 to be
                                       reachable from other machines: nothing but the API key guards it).
          --api-key <key>              The key clients must send as 'Authorization: Bearer <key>'
                                       (default gsk_emulator_0000000000000000).
          --no-auth                    Accept requests with any key or none.
          --model <id>                 Add a model id to the catalog (repeatable).
          --inactive-model <id>        A model listed as inactive and answered 400 model_decommissioned (repeatable).
          --enforce-rate-limits        Answer 429 once the limits below are used up (otherwise only reported in headers).
          --requests-per-minute <n>    Requests-per-minute limit (default none).
          --requests-per-day <n>       Requests-per-day limit (default 14400).
          --tokens-per-minute <n>      Tokens-per-minute limit (default 6000).
          --max-audio-bytes <n>        Largest audio upload accepted (default 26214400, Groq's 25 MB).
          --fault-rate <0..1>          Fraction of chat requests answered 429 or 503 as Groq does under load.
          --fault-seed <n>             Seed for --fault-rate, for a repeatable sequence.
          --batch-step-ms <n>          Duration of each batch step on the compressed clock (default 200).
          --batch-lines-per-step <n>   Batch lines answered per step (default 100).
          --batch-expires-after-s <n>  Expire batches still in progress after this many seconds (default never).
          -h, --help                   Show this help.

        Stop with Ctrl+C (or SIGTERM).
        """;
}
