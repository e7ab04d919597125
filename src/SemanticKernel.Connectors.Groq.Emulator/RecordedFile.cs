namespace SemanticKernel.Connectors.Groq.Emulator;

/// <summary>A file part of a recorded <c>multipart/form-data</c> request: its metadata and hash, never its bytes.</summary>
public sealed class RecordedFile
{
    internal RecordedFile(string name, string fileName, string? contentType, long length, string sha256)
    {
        Name = name;
        FileName = fileName;
        ContentType = contentType;
        Length = length;
        Sha256 = sha256;
    }

    /// <summary>The form field name, e.g. <c>file</c>.</summary>
    public string Name { get; }

    /// <summary>The file name from the part's <c>Content-Disposition</c> (<c>filename*</c> when present, else <c>filename</c>).</summary>
    public string FileName { get; }

    /// <summary>The part's <c>Content-Type</c> header, if any.</summary>
    public string? ContentType { get; }

    /// <summary>The number of bytes the part carried.</summary>
    public long Length { get; }

    /// <summary>The SHA-256 of the part's bytes as 64 lower-case hexadecimal digits.</summary>
    public string Sha256 { get; }
}
