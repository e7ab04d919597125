using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.Chat;
using SemanticKernel.Connectors.Groq.Chat.FunctionCalling;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.ChatCompletion;

/// <summary>Each request of a call gets its own round's tools, parallel-call setting and system prompt, reused options or not.</summary>
public sealed class KernelCallOptionsTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_later_request_carries_nothing_of_the_earlier_requests_round(bool oneRequestAtATime)
    {
        var settings = new GroqPromptExecutionSettings { ChatSystemPrompt = "Be terse.", ParallelToolCalls = false };
        var call = new KernelCall(settings, settings, null, null, KernelSettingsMapper.ToChatOptions(settings), "m") { OneRequestAtATime = oneRequestAtATime };
        var first = new KernelToolChoice([KernelTools.Placeholder], ChatToolMode.RequireAny, true, new FunctionChoiceBehaviorOptions { AllowParallelCalls = true });
        var second = new KernelToolChoice(null, null, false, null);

        var firstOptions = call.OptionsFor(new ChatHistory(), first);
        (IList<AITool>? Tools, ChatToolMode? Mode, bool? Parallel, string? Instructions) firstSeen =
            (firstOptions.Tools, firstOptions.ToolMode, firstOptions.AllowMultipleToolCalls, firstOptions.Instructions);
        var secondOptions = call.OptionsFor(new ChatHistory("Own system message."), second);

        firstSeen.Tools.Should().ContainSingle();
        firstSeen.Mode.Should().Be(ChatToolMode.RequireAny);
        firstSeen.Parallel.Should().BeTrue();
        firstSeen.Instructions.Should().Be("Be terse.");
        secondOptions.Tools.Should().BeNull();
        secondOptions.ToolMode.Should().BeNull();
        secondOptions.AllowMultipleToolCalls.Should().BeFalse();
        secondOptions.Instructions.Should().BeNull();
        ReferenceEquals(firstOptions, secondOptions).Should().Be(oneRequestAtATime);
    }
}
