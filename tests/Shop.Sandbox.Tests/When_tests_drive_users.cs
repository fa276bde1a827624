using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Shop.Sandbox.Tests;

public sealed class When_tests_drive_users
{
    private static object Keyboard(string data) => new { inline_keyboard = new[] { new[] { new { text = "Go", callback_data = data } } } };

    [Fact]
    public async Task Users_get_ids_from_one_million_and_creating_a_known_id_is_idempotent()
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        var first = await sandbox.CreateUserAsync("Ann");
        var owner = await sandbox.ControlAsync("/sandbox/api/users", new { id = 42, first_name = "Owner", last_name = "Shop", language_code = "de" });
        var again = await sandbox.ControlAsync("/sandbox/api/users", new { id = 42, first_name = "Someone else" });
        var all = await sandbox.GetJsonAsync("/sandbox/api/users");

        Assert.Equal(1_000_000, first);
        Assert.Equal("Owner", again.GetProperty("first_name").GetString());
        Assert.Equal("Shop", owner.GetProperty("last_name").GetString());
        Assert.Equal("de", owner.GetProperty("language_code").GetString());
        Assert.Equal(2, all.GetArrayLength());
    }

    [Fact]
    public async Task Messages_from_unknown_users_or_with_empty_text_are_refused()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var user = await sandbox.CreateUserAsync();

        await sandbox.ControlAsync("/sandbox/api/users/777/messages", new { text = "hi" }, HttpStatusCode.NotFound);
        await sandbox.ControlAsync($"/sandbox/api/users/{user}/messages", new { text = "" }, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_press_needs_a_matching_button_unless_forced()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var user = await sandbox.CreateUserAsync();
        var id = await sandbox.BotSaysAsync(user, "Pick", Keyboard("add:tea"));

        await sandbox.ControlAsync($"/sandbox/api/users/{user}/press", new { message_id = id, callback_data = "add:coffee" }, HttpStatusCode.BadRequest);
        var forced = await sandbox.ControlAsync($"/sandbox/api/users/{user}/press", new { message_id = id, callback_data = "admin:drop", force = true });

        var update = Assert.Single(await sandbox.GetUpdatesAsync());
        Assert.Equal(forced.GetProperty("update_id").GetInt64(), update.GetProperty("update_id").GetInt64());
        Assert.Equal("admin:drop", update.GetProperty("callback_query").GetProperty("data").GetString());
    }

    [Fact]
    public async Task A_press_carries_the_full_message_and_the_answer_shows_up_as_an_event()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var user = await sandbox.CreateUserAsync();
        var id = await sandbox.BotSaysAsync(user, "Pick", Keyboard("add:tea"));
        var press = await sandbox.ControlAsync($"/sandbox/api/users/{user}/press", new { message_id = id, callback_data = "add:tea" });

        var query = Assert.Single(await sandbox.GetUpdatesAsync()).GetProperty("callback_query");
        (await sandbox.CallAsync("answerCallbackQuery", new { callback_query_id = query.GetProperty("id").GetString(), text = "Added", show_alert = true })).AssertOk();
        var events = await sandbox.GetJsonAsync($"/sandbox/api/chats/{user}/events?after=1&timeout=5");

        Assert.Equal(press.GetProperty("callback_query_id").GetString(), query.GetProperty("id").GetString());
        Assert.Equal(user, query.GetProperty("from").GetProperty("id").GetInt64());
        Assert.False(string.IsNullOrEmpty(query.GetProperty("chat_instance").GetString()));
        Assert.Equal(id, query.GetProperty("message").GetProperty("message_id").GetInt32());
        Assert.True(query.GetProperty("message").GetProperty("from").GetProperty("is_bot").GetBoolean());
        Assert.Equal("add:tea", query.GetProperty("message").GetProperty("reply_markup").GetProperty("inline_keyboard")[0][0].GetProperty("callback_data").GetString());
        var answered = Assert.Single(events.GetProperty("events").EnumerateArray());
        Assert.Equal("callback_answered", answered.GetProperty("kind").GetString());
        Assert.Equal("Added", answered.GetProperty("text").GetString());
        Assert.True(answered.GetProperty("show_alert").GetBoolean());
    }

    [Fact]
    public async Task The_events_feed_waits_for_the_bot_and_reports_sends_edits_and_deletes_in_order()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var user = await sandbox.CreateUserAsync();

        var waiting = sandbox.GetJsonAsync($"/sandbox/api/chats/{user}/events?after=0&timeout=30");
        var id = await sandbox.BotSaysAsync(user, "Hello");
        var first = await waiting;
        (await sandbox.CallAsync("editMessageText", new { chat_id = user, message_id = id, text = "Hello again" })).AssertOk();
        (await sandbox.CallAsync("deleteMessage", new { chat_id = user, message_id = id })).AssertOk();
        var rest = await sandbox.GetJsonAsync($"/sandbox/api/chats/{user}/events?after={first.GetProperty("last_seq").GetInt64()}");

        var sent = Assert.Single(first.GetProperty("events").EnumerateArray());
        Assert.Equal("sent", sent.GetProperty("kind").GetString());
        Assert.Equal("Hello", sent.GetProperty("text").GetString());
        Assert.True(sent.GetProperty("at_ms").GetInt64() > 0);
        Assert.Equal(new[] { "edited", "deleted" }, rest.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()!).ToArray());
        Assert.Equal("Hello again", rest.GetProperty("events")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_chat_transcript_shows_both_sides_with_edits_and_deletions()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var user = await sandbox.CreateUserAsync();
        await sandbox.SendTextAsync(user, "/start");
        var menu = await sandbox.BotSaysAsync(user, "Menu", Keyboard("catalog"));
        var gone = await sandbox.BotSaysAsync(user, "Temporary");
        (await sandbox.CallAsync("editMessageText", new { chat_id = user, message_id = menu, text = "Menu v2", reply_markup = Keyboard("catalog") })).AssertOk();
        (await sandbox.CallAsync("deleteMessage", new { chat_id = user, message_id = gone })).AssertOk();

        var messages = (await sandbox.GetJsonAsync($"/sandbox/api/chats/{user}/messages")).GetProperty("messages").EnumerateArray().ToArray();

        Assert.Equal([1, 2, 3], messages.Select(m => m.GetProperty("message_id").GetInt32()).ToArray());
        Assert.Equal(new[] { "user", "bot", "bot" }, messages.Select(m => m.GetProperty("from").GetString()!).ToArray());
        Assert.Equal("Menu v2", messages[1].GetProperty("text").GetString());
        Assert.NotEqual(JsonValueKind.Null, messages[1].GetProperty("edited_ms").ValueKind);
        Assert.Equal("catalog", messages[1].GetProperty("reply_markup").GetProperty("inline_keyboard")[0][0].GetProperty("callback_data").GetString());
        Assert.Equal(JsonValueKind.Null, messages[0].GetProperty("reply_markup").ValueKind);
        Assert.True(messages[2].GetProperty("deleted").GetBoolean());
    }

    [Fact]
    public async Task A_redelivered_update_arrives_again_with_the_same_id_and_body()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var user = await sandbox.CreateUserAsync();
        var sent = await sandbox.SendTextAsync(user, "pay now");
        var updateId = sent.GetProperty("update_id").GetInt64();
        var original = Assert.Single(await sandbox.GetUpdatesAsync());
        Assert.Empty(await sandbox.GetUpdatesAsync(offset: updateId + 1));

        await sandbox.ControlAsync($"/sandbox/api/updates/{updateId}/redeliver", new { });
        var again = Assert.Single(await sandbox.GetUpdatesAsync(offset: updateId + 1));

        Assert.Equal(original.GetRawText(), again.GetRawText());
        Assert.Empty(await sandbox.GetUpdatesAsync(offset: updateId + 1));
    }

    [Fact]
    public async Task A_raw_update_reaches_the_bot_exactly_as_given()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        const string forged = """{"update_id":5000,"callback_query":{"id":"x","data":"admin:refund"}}""";

        using var response = await sandbox.Http.PostAsync("/sandbox/api/updates/raw", new StringContent(forged, System.Text.Encoding.UTF8, "application/json"));
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var update = Assert.Single(await sandbox.GetUpdatesAsync());
        var user = await sandbox.CreateUserAsync();
        var next = await sandbox.SendTextAsync(user, "after");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(5000, result.GetProperty("update_id").GetInt64());
        Assert.Equal(forged, update.GetRawText());
        Assert.True(next.GetProperty("update_id").GetInt64() > 5000);
    }

    [Fact]
    public async Task A_blocked_bot_gets_403_and_the_bot_sees_my_chat_member_changes()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var user = await sandbox.CreateUserAsync();

        await sandbox.ControlAsync($"/sandbox/api/users/{user}/block", new { });
        var whileBlocked = await sandbox.CallAsync("sendMessage", new { chat_id = user, text = "promo" });
        await sandbox.ControlAsync($"/sandbox/api/users/{user}/unblock", new { });
        var afterUnblock = await sandbox.CallAsync("sendMessage", new { chat_id = user, text = "welcome back" });
        var updates = await sandbox.GetUpdatesAsync();

        whileBlocked.AssertError(403, "Forbidden: bot was blocked by the user");
        afterUnblock.AssertOk();
        var statuses = updates.Select(u => u.GetProperty("my_chat_member")).ToArray();
        Assert.Equal("kicked", statuses[0].GetProperty("new_chat_member").GetProperty("status").GetString());
        Assert.Equal("member", statuses[0].GetProperty("old_chat_member").GetProperty("status").GetString());
        Assert.Equal("member", statuses[1].GetProperty("new_chat_member").GetProperty("status").GetString());
        Assert.Equal(user, statuses[0].GetProperty("chat").GetProperty("id").GetInt64());
        Assert.True(statuses[0].GetProperty("new_chat_member").GetProperty("user").GetProperty("is_bot").GetBoolean());
    }

    [Fact]
    public async Task The_health_check_answers_and_the_page_is_served()
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        using var health = await sandbox.Http.GetAsync("/sandbox/api/health");
        var page = await sandbox.Http.GetStringAsync("/");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("<html", page, StringComparison.OrdinalIgnoreCase);
    }
}
