using System.IO.Compression;
using System.Xml.Linq;

namespace SemanticKernel.Connectors.Groq.PackageTests.Support;

/// <summary>A .nupkg or .snupkg opened as the zip it is: its entries and its .nuspec.</summary>
internal sealed class PackageFile : IDisposable
{
    private readonly ZipArchive _zip;

    public PackageFile(string path)
    {
        _zip = ZipFile.OpenRead(path);
        Entries = _zip.Entries.Select(entry => entry.FullName).ToList();
        var nuspec = _zip.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !entry.FullName.Contains('/', StringComparison.Ordinal));
        using var stream = nuspec.Open();
        var document = XDocument.Load(stream);
        Metadata = document.Root!.Elements().Single(element => element.Name.LocalName == "metadata");
    }

    public IReadOnlyList<string> Entries { get; }

    /// <summary>The nuspec's <c>metadata</c> element.</summary>
    public XElement Metadata { get; }

    /// <summary>The value of a metadata element such as <c>readme</c>, or null.</summary>
    public string? Value(string name) => Element(name)?.Value;

    public XElement? Element(string name) => Metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name);

    /// <summary>The ids of the package dependencies, in every target framework group.</summary>
    public IReadOnlyList<string> Dependencies() =>
        Metadata.Descendants().Where(element => element.Name.LocalName == "dependency").Select(element => (string)element.Attribute("id")!).ToList();

    public IReadOnlyList<string> FrameworkReferences() =>
        Metadata.Descendants().Where(element => element.Name.LocalName == "frameworkReference").Select(element => (string)element.Attribute("name")!).ToList();

    public string Text(string entry)
    {
        using var reader = new StreamReader(_zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    public void Dispose() => _zip.Dispose();
}
