using Shop.Testing;

namespace Shop.Ingress.Tests;

/// <summary>A worker started with a missing or malformed setting stops at once with one line that names it.</summary>
public sealed class When_a_setting_is_missing_or_malformed
{
    static Dictionary<string, string> Good() => new()
    {
        ["Telegram__BotToken"] = TestHosts.NewBotToken(),
        ["Shop__OwnerIds"] = "1001",
        ["ConnectionStrings__RabbitMq"] = "amqp://guest:guest@127.0.0.1:1/",
    };

    [Theory]
    [InlineData("Telegram__BotToken", null, "Telegram__BotToken is missing")]
    [InlineData("Telegram__BotToken", "not-a-token", "Telegram__BotToken is malformed")]
    [InlineData("Shop__OwnerIds", null, "Shop__OwnerIds is missing")]
    [InlineData("Shop__OwnerIds", "owner", "Shop__OwnerIds is malformed")]
    [InlineData("ConnectionStrings__RabbitMq", null, "ConnectionStrings__RabbitMq is missing")]
    [InlineData("ConnectionStrings__RabbitMq", "localhost", "ConnectionStrings__RabbitMq is malformed")]
    public async Task The_process_exits_with_one_line_naming_it(string setting, string? value, string expected)
    {
        var environment = Good();
        if (value is null) environment.Remove(setting);
        else environment[setting] = value;

        var (exitCode, stderr, _) = await WorkerProcess.RunToExitAsync("Shop.Ingress", environment);

        Assert.Equal(2, exitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line);
        if (value is not null) Assert.DoesNotContain($"={value}", line);
    }

    [Fact]
    public async Task A_malformed_token_is_never_echoed()
    {
        var environment = Good();
        environment["Telegram__BotToken"] = "12345:has spaces hunter2";

        var (_, stderr, stdout) = await WorkerProcess.RunToExitAsync("Shop.Ingress", environment);

        Assert.DoesNotContain("hunter2", stderr + stdout);
    }
}
