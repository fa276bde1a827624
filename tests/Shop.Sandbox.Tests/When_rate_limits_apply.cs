namespace Shop.Sandbox.Tests;

public sealed class When_rate_limits_apply
{
    [Fact]
    public async Task A_burst_over_the_per_chat_limit_gets_429_with_retry_after()
    {
        // A slow refill keeps the outcome independent of how fast this machine runs the test.
        await using var sandbox = await RunningSandbox.StartAsync(new Dictionary<string, string?>
        {
            ["Sandbox:RateLimits:Enabled"] = "true",
            ["Sandbox:RateLimits:PerChatPerSecond"] = "0.01",
            ["Sandbox:RateLimits:PerChatBurst"] = "3",
        });
        var ann = await sandbox.CreateUserAsync("Ann");
        var bob = await sandbox.CreateUserAsync("Bob");

        for (var i = 0; i < 3; i++)
        {
            (await sandbox.CallAsync("sendMessage", new { chat_id = ann, text = $"burst {i}" })).AssertOk();
        }
        var limited = await sandbox.CallAsync("sendMessage", new { chat_id = ann, text = "one too many" });
        var otherChat = await sandbox.CallAsync("sendMessage", new { chat_id = bob, text = "fine" });

        Assert.Equal(429, limited.Status);
        var retryAfter = limited.Body.GetProperty("parameters").GetProperty("retry_after").GetInt32();
        Assert.True(retryAfter >= 1);
        Assert.Equal($"Too Many Requests: retry after {retryAfter}", limited.Description);
        otherChat.AssertOk();
        Assert.Equal(1, (await sandbox.GetJsonAsync("/sandbox/api/stats")).GetProperty("rate_limited").GetInt64());
    }

    [Fact]
    public async Task The_global_limit_spans_chats_and_edits_count_too()
    {
        await using var sandbox = await RunningSandbox.StartAsync(new Dictionary<string, string?>
        {
            ["Sandbox:RateLimits:Enabled"] = "true",
            ["Sandbox:RateLimits:GlobalPerSecond"] = "0.5",
            ["Sandbox:RateLimits:PerChatBurst"] = "10",
        });
        var ann = await sandbox.CreateUserAsync("Ann");
        var bob = await sandbox.CreateUserAsync("Bob");
        var replies = new List<BotReply>();

        var first = (await sandbox.CallAsync("sendMessage", new { chat_id = ann, text = "1" })).AssertOk().Result.GetProperty("message_id").GetInt32();
        for (var i = 0; i < 5; i++)
        {
            replies.Add(await sandbox.CallAsync("editMessageText", new { chat_id = ann, message_id = first, text = $"edit {i}" }));
            replies.Add(await sandbox.CallAsync("sendMessage", new { chat_id = bob, text = $"{i}" }));
        }

        Assert.Contains(replies, r => r.Status == 429);
    }

    [Fact]
    public async Task Nothing_is_limited_when_rate_limits_are_disabled()
    {
        await using var sandbox = await RunningSandbox.StartAsync(new Dictionary<string, string?> { ["Sandbox:RateLimits:Enabled"] = "false" });
        var user = await sandbox.CreateUserAsync();

        for (var i = 0; i < 20; i++)
        {
            (await sandbox.CallAsync("sendMessage", new { chat_id = user, text = $"message {i}" })).AssertOk();
        }

        Assert.Equal(0, (await sandbox.GetJsonAsync("/sandbox/api/stats")).GetProperty("rate_limited").GetInt64());
    }
}
