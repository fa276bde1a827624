namespace Shop.Sandbox.Tests;

public sealed class When_updates_are_polled
{
    [Fact]
    public async Task A_user_message_arrives_as_a_complete_update_with_a_bot_command_entity()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var user = await sandbox.CreateUserAsync("Ann");
        await sandbox.SendTextAsync(user, "/start promo");

        var update = Assert.Single(await sandbox.GetUpdatesAsync());

        var message = update.GetProperty("message");
        Assert.False(message.GetProperty("from").GetProperty("is_bot").GetBoolean());
        Assert.Equal(user, message.GetProperty("from").GetProperty("id").GetInt64());
        Assert.Equal("en", message.GetProperty("from").GetProperty("language_code").GetString());
        Assert.Equal(user, message.GetProperty("chat").GetProperty("id").GetInt64());
        Assert.Equal("private", message.GetProperty("chat").GetProperty("type").GetString());
        Assert.Equal("/start promo", message.GetProperty("text").GetString());
        var entity = Assert.Single(message.GetProperty("entities").EnumerateArray());
        Assert.Equal("bot_command", entity.GetProperty("type").GetString());
        Assert.Equal(6, entity.GetProperty("length").GetInt32());
    }

    [Fact]
    public async Task Message_ids_count_per_chat_and_are_shared_by_user_and_bot()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var ann = await sandbox.CreateUserAsync("Ann");
        var bob = await sandbox.CreateUserAsync("Bob");

        var annFirst = (await sandbox.SendTextAsync(ann, "hi")).GetProperty("message_id").GetInt32();
        var botToAnn = await sandbox.BotSaysAsync(ann, "hello Ann");
        var bobFirst = (await sandbox.SendTextAsync(bob, "hi")).GetProperty("message_id").GetInt32();
        var annSecond = (await sandbox.SendTextAsync(ann, "again")).GetProperty("message_id").GetInt32();
        var botToBob = await sandbox.BotSaysAsync(bob, "hello Bob");

        Assert.Equal([1, 2, 3], new[] { annFirst, botToAnn, annSecond });
        Assert.Equal([1, 2], new[] { bobFirst, botToBob });
    }

    [Fact]
    public async Task Update_ids_increase_and_an_offset_confirms_earlier_updates()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var user = await sandbox.CreateUserAsync();
        await sandbox.SendTextAsync(user, "one");
        await sandbox.SendTextAsync(user, "two");

        var first = await sandbox.GetUpdatesAsync();
        var again = await sandbox.GetUpdatesAsync();
        var last = first[^1].GetProperty("update_id").GetInt64();
        var afterConfirm = await sandbox.GetUpdatesAsync(offset: last + 1);

        Assert.Equal(2, first.Length);
        Assert.True(first[1].GetProperty("update_id").GetInt64() > first[0].GetProperty("update_id").GetInt64());
        Assert.Equal(2, again.Length);
        Assert.Empty(afterConfirm);
    }

    [Fact]
    public async Task A_long_poll_returns_as_soon_as_an_update_arrives()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var user = await sandbox.CreateUserAsync();

        var poll = sandbox.GetUpdatesAsync(timeout: 30);
        await sandbox.SendTextAsync(user, "hello");
        var updates = await poll;

        Assert.Equal("hello", Assert.Single(updates).GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_long_poll_without_updates_ends_empty_at_its_timeout()
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        var updates = await sandbox.GetUpdatesAsync(timeout: 1);

        Assert.Empty(updates);
    }

    [Fact]
    public async Task A_second_poller_terminates_the_first_with_409()
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        var first = sandbox.CallAsync("getUpdates", new { timeout = 30 });
        BotReply? second = null;
        // Keep polling until the first request is known to be waiting and gets kicked out.
        while (!first.IsCompleted)
        {
            second = await sandbox.CallAsync("getUpdates", new { timeout = 0 });
        }

        (await first).AssertError(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
        second!.AssertOk();
    }

    [Fact]
    public async Task Allowed_updates_filter_out_kinds_the_bot_did_not_ask_for()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var user = await sandbox.CreateUserAsync();
        (await sandbox.CallAsync("getUpdates", new { allowed_updates = new[] { "callback_query" } })).AssertOk();

        var sent = await sandbox.SendTextAsync(user, "ignored");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, sent.GetProperty("update_id").ValueKind);
        Assert.Empty(await sandbox.GetUpdatesAsync());
    }
}
