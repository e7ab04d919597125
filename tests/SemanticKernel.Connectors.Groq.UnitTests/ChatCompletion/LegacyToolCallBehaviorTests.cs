using FluentAssertions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using SemanticKernel.Connectors.Groq.Chat.FunctionCalling;

namespace SemanticKernel.Connectors.Groq.UnitTests.ChatCompletion;

public sealed class LegacyToolCallBehaviorTests
{
    private static readonly Kernel Kernel = CreateKernel();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Kernel_functions_become_Auto_over_every_kernel_function_with_the_same_auto_invocation(bool autoInvoke)
    {
        var legacy = autoInvoke ? ToolCallBehavior.AutoInvokeKernelFunctions : ToolCallBehavior.EnableKernelFunctions;

        var configuration = Configure(LegacyToolCallBehavior.Translate(legacy, Kernel, NullLogger.Instance));

        configuration.Choice.Should().Be(FunctionChoice.Auto);
        configuration.AutoInvoke.Should().Be(autoInvoke);
        configuration.Functions!.Select(f => f.Name).Should().Equal("Now", "Date");
    }

    [Fact]
    public void Kernel_functions_without_a_kernel_offer_nothing_as_None_does()
    {
        var behavior = LegacyToolCallBehavior.Translate(ToolCallBehavior.AutoInvokeKernelFunctions, kernel: null, NullLogger.Instance);

        behavior.Should().BeOfType<NoneFunctionChoiceBehavior>();
        behavior.GetConfiguration(new FunctionChoiceBehaviorConfigurationContext([])).Functions.Should().BeNull();
    }

    [Fact]
    public void Enabled_functions_become_Auto_over_just_those_functions()
    {
        var now = Kernel.Plugins["Time"]["Now"].Metadata.ToOpenAIFunction();

        var configuration = Configure(LegacyToolCallBehavior.Translate(ToolCallBehavior.EnableFunctions([now], autoInvoke: true), Kernel, NullLogger.Instance));

        configuration.Choice.Should().Be(FunctionChoice.Auto);
        configuration.AutoInvoke.Should().BeTrue();
        configuration.Functions!.Should().ContainSingle().Which.Name.Should().Be("Now");
    }

    [Fact]
    public void A_required_function_becomes_Required_over_that_function()
    {
        var date = Kernel.Plugins["Time"]["Date"].Metadata.ToOpenAIFunction();

        var configuration = Configure(LegacyToolCallBehavior.Translate(ToolCallBehavior.RequireFunction(date), Kernel, NullLogger.Instance));

        configuration.Choice.Should().Be(FunctionChoice.Required);
        configuration.AutoInvoke.Should().BeFalse();
        configuration.Functions!.Should().ContainSingle().Which.Name.Should().Be("Date");
    }

    [Fact]
    public void A_function_the_kernel_does_not_have_cannot_be_translated_and_throws_naming_the_setting()
    {
        var missing = KernelFunctionFactory.CreateFromMethod(() => "x", "Missing").Metadata.ToOpenAIFunction();

        var act = () => LegacyToolCallBehavior.Translate(ToolCallBehavior.EnableFunctions([missing]), Kernel, NullLogger.Instance);

        act.Should().Throw<NotSupportedException>().WithMessage("*ToolCallBehavior*Missing*FunctionChoiceBehavior.Auto()*");
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

    private static FunctionChoiceBehaviorConfiguration Configure(FunctionChoiceBehavior behavior) =>
        behavior.GetConfiguration(new FunctionChoiceBehaviorConfigurationContext([]) { Kernel = Kernel });

    private static Kernel CreateKernel()
    {
        var kernel = new Kernel();
        kernel.Plugins.AddFromFunctions("Time", [
            KernelFunctionFactory.CreateFromMethod(() => "12:00", "Now"),
            KernelFunctionFactory.CreateFromMethod(() => "2026-12-01", "Date"),
        ]);
        return kernel;
    }
}
