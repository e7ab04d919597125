namespace SemanticKernel.Connectors.Groq.PackageTests.Support;

/// <summary>Deletes the temporary folders the tests made.</summary>
internal static class TemporaryFolder
{
    public static void Delete(string path)
    {
        for (var attempt = 1; Directory.Exists(path); attempt++)
        {
            try
            {
                Directory.Delete(path, recursive: true);
            }
            catch (IOException) when (attempt < 3)
            {
                // A child process that just exited may still hold a file for a moment.
                Thread.Sleep(200);
            }
            catch (UnauthorizedAccessException) when (attempt < 3)
            {
                Thread.Sleep(200);
            }
        }
    }
}
