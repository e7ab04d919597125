using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using SemanticKernel.Connectors.Groq.Chat.FunctionCalling;

namespace SemanticKernel.Connectors.Groq.UnitTests.ChatCompletion;

/// <summary>OpenAI's legacy ToolCallBehavior is offered as SK's OpenAI connector offers it, with or without a kernel.</summary>
public sealed class LegacyToolCallBehaviorTests
{
    private static readonly Kernel Kernel = CreateKernel();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Kernel_functions_offer_every_kernel_function_with_auto_choice(bool autoInvoke)
    {
        var legacy = autoInvoke ? ToolCallBehavior.AutoInvokeKernelFunctions : ToolCallBehavior.EnableKernelFunctions;

        var choice = Choose(legacy, 0, Kernel);

        choice.Tools!.Select(t => t.Name).Should().Equal("Time-Now", "Time-Date");
        choice.Mode.Should().Be(ChatToolMode.Auto);
        choice.AutoInvoke.Should().Be(autoInvoke);
    }

    [Fact]
    public void Kernel_functions_without_a_kernel_offer_only_the_placeholder_with_tool_choice_none()
    {
        var choice = Choose(ToolCallBehavior.AutoInvokeKernelFunctions, 0, kernel: null);

        choice.Tools.Should().Equal(KernelTools.Placeholder);
        choice.Mode.Should().Be(ChatToolMode.None);
        choice.AutoInvoke.Should().BeFalse();
    }

    [Fact]
    public void Enabled_functions_without_a_kernel_are_offered_from_their_own_definitions()
    {
        var now = Kernel.Plugins["Time"]["Now"];

        var choice = Choose(ToolCallBehavior.EnableFunctions([now.Metadata.ToOpenAIFunction()]), 0, kernel: null);

        var tool = choice.Tools.Should().ContainSingle().Which.Should().BeAssignableTo<AIFunctionDeclaration>().Which;
        tool.Name.Should().Be("Time-Now");
        JsonElement.DeepEquals(tool.JsonSchema, KernelTools.Declare(now, strict: false).JsonSchema).Should().BeTrue();
        choice.Mode.Should().Be(ChatToolMode.Auto);
        choice.AutoInvoke.Should().BeFalse();
    }

    [Fact]
    public void A_required_function_is_named_in_the_first_request_and_then_none_is_offered()
    {
        var date = Kernel.Plugins["Time"]["Date"].Metadata.ToOpenAIFunction();
        var legacy = ToolCallBehavior.RequireFunction(date, autoInvoke: true);

        var first = Choose(legacy, 0, Kernel);
        var second = Choose(legacy, 1, Kernel);

        first.Tools!.Select(t => t.Name).Should().Equal("Time-Date");
        first.Mode.Should().Be(ChatToolMode.RequireSpecific("Time-Date"));
        first.AutoInvoke.Should().BeTrue();
        second.Tools.Should().Equal(KernelTools.Placeholder);
        second.Mode.Should().Be(ChatToolMode.None);
    }

    [Fact]
    public void Auto_invoking_a_function_the_kernel_does_not_have_throws_as_the_classic_connector_does()
    {
        var missing = new KernelFunctionMetadata("Missing") { PluginName = "Time" }.ToOpenAIFunction();

        var act = () => Choose(ToolCallBehavior.EnableFunctions([missing], autoInvoke: true), 0, Kernel);

        act.Should().Throw<KernelException>().WithMessage("*ToolCallBehavior EnabledFunctions*Time-Missing is not available in the kernel*");
    }

    [Fact]
    public void Auto_invoking_without_a_kernel_throws_as_the_classic_connector_does()
    {
        var date = Kernel.Plugins["Time"]["Date"].Metadata.ToOpenAIFunction();

        var act = () => Choose(ToolCallBehavior.RequireFunction(date, autoInvoke: true), 0, kernel: null);

        act.Should().Throw<KernelException>().WithMessage("*ToolCallBehavior RequiredFunction*no kernel*");
    }

    [Fact]
    public async Task Both_tool_settings_together_throw_as_the_classic_connector_does()
    {
        var service = new GroqChatCompletionService("llama-3.3-70b-versatile", "gsk_test");
        var settings = new OpenAIPromptExecutionSettings
        {
            ToolCallBehavior = ToolCallBehavior.AutoInvokeKernelFunctions,
            FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(),
        };

        var act = () => service.GetChatMessageContentsAsync(new ChatHistory("hi"), settings, Kernel);

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("*ToolCallBehavior and FunctionChoiceBehavior*");
    }

    private static KernelToolChoice Choose(ToolCallBehavior behavior, int requestIndex, Kernel? kernel) =>
        LegacyToolCallBehavior.From(behavior, NullLogger.Instance).Choose(requestIndex, kernel, NullLogger.Instance);

    private static Kernel CreateKernel()
    {
        var kernel = new Kernel();
        kernel.Plugins.AddFromFunctions("Time", [
            KernelFunctionFactory.CreateFromMethod((string? format = null) => "12:00", "Now", "The time now"),
            KernelFunctionFactory.CreateFromMethod(() => "2026-12-01", "Date"),
        ]);
        return kernel;
    }
}
