using FluentAssertions;
using SemanticKernel.Connectors.Groq.Emulator;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>
/// Inputs across chat, SK settings, audio and speech that Groq would refuse: each throws a specific exception naming
/// the setting before any request is sent, so the emulator's request log stays empty.
/// </summary>
public sealed class BadInputSuiteTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Ids => [.. BadInputCases.All.Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task Bad_input_throws_naming_the_setting_and_nothing_reaches_the_server(string id)
    {
        var input = BadInputCases.All.Single(c => c.Id == id);
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        var thrown = await Record.ExceptionAsync(() => input.Act(emulator));

        thrown.Should().NotBeNull($"{input.What} must be refused");
        thrown.Should().BeOfType(input.Exception);
        $"{thrown!.Message} {(thrown as ArgumentException)?.ParamName}".Should().Contain(input.Names);
        emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public void The_suite_has_at_least_30_inputs_and_the_mapping_doc_lists_each_of_them()
    {
        string doc = File.ReadAllText(RepositoryFile(Path.Combine("docs", "mapping.md")));

        BadInputCases.All.Should().HaveCountGreaterThanOrEqualTo(30);
        BadInputCases.All.Select(c => c.Id).Should().OnlyHaveUniqueItems();
        BadInputCases.All.Where(c => !doc.Contains($"`{c.Id}`", StringComparison.Ordinal)).Select(c => c.Id)
            .Should().BeEmpty("the bad-input table of docs/mapping.md lists every id");
    }

    private static string RepositoryFile(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, name);
            if (File.Exists(candidate) && File.Exists(Path.Combine(directory.FullName, "SemanticKernel.Connectors.Groq.sln")))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{name} was not found above {AppContext.BaseDirectory}.");
    }
}
