using Microsoft.Extensions.Options;

namespace Shop.Sandbox.Tests;

public sealed class When_the_sandbox_starts
{
    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("abc:def")]
    public async Task A_malformed_bot_token_stops_it_from_starting(string token)
    {
        var act = () => RunningSandbox.StartAsync(new Dictionary<string, string?> { ["Sandbox:BotToken"] = token });

        await Assert.ThrowsAsync<OptionsValidationException>(act);
    }
}
