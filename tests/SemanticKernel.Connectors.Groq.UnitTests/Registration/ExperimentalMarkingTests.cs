using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using FluentAssertions;

namespace SemanticKernel.Connectors.Groq.UnitTests.Registration;

/// <summary>
/// Every public type or member of the connector that implements, returns or takes an API that Microsoft.Extensions.AI or
/// Semantic Kernel mark experimental carries the same diagnostic id, so a user is told once, by the id they already know.
/// </summary>
public sealed class ExperimentalMarkingTests
{
    private static readonly Assembly Connector = typeof(GroqChatClient).Assembly;

    [Fact]
    public void Public_api_touching_an_upstream_experimental_type_is_marked_with_the_same_diagnostic_id()
    {
        var unmarked = new List<string>();
        foreach (var type in Connector.GetExportedTypes())
        {
            string? typeId = IdOf(type);
            foreach (var upstream in type.GetInterfaces().Append(type.BaseType).OfType<Type>())
            {
                Check(type.FullName!, typeId, UpstreamIdOf(upstream), unmarked);
            }

            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                string? methodId = IdOf(method) ?? typeId;
                foreach (var used in method.GetParameters().Select(p => p.ParameterType).Append(method.ReturnType))
                {
                    Check($"{type.FullName}.{method.Name}", methodId, UpstreamIdOf(used), unmarked);
                }
            }
        }

        unmarked.Should().BeEmpty();
    }

    [Fact]
    public void The_speech_clients_and_audio_services_and_their_registrations_are_marked()
    {
        IdOf(typeof(GroqSpeechToTextClient)).Should().Be("MEAI001");
        IdOf(typeof(GroqTextToSpeechClient)).Should().Be("MEAI001");
#pragma warning disable SKEXP0001
        IdOf(typeof(GroqAudioToTextService)).Should().Be("SKEXP0001");
        IdOf(typeof(GroqTextToAudioService)).Should().Be("SKEXP0001");
#pragma warning restore SKEXP0001
        var registrations = Connector.GetExportedTypes().SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.Name is "AddGroqSpeechToTextClient" or "AddGroqTextToSpeechClient" or "AddGroqAudioToText" or "AddGroqTextToAudio")
            .ToList();
        registrations.Should().NotBeEmpty();
        registrations.Should().OnlyContain(m => IdOf(m) == (m.Name.EndsWith("Client", StringComparison.Ordinal) ? "MEAI001" : "SKEXP0001"));
    }

    private static void Check(string where, string? ours, string? upstream, List<string> unmarked)
    {
        if (upstream is not null && ours != upstream)
        {
            unmarked.Add($"{where}: uses an API marked {upstream} but is marked {ours ?? "nothing"}");
        }
    }

    private static string? IdOf(MemberInfo member) => member.GetCustomAttribute<ExperimentalAttribute>()?.DiagnosticId;

    private static string? UpstreamIdOf(Type type)
    {
        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                if (UpstreamIdOf(argument) is { } id)
                {
                    return id;
                }
            }
        }

        return type.Assembly == Connector ? null : IdOf(type);
    }
}
