namespace Shop.Sandbox.Tests;

public sealed class When_the_bot_breaks_a_telegram_rule
{
    private static object Keyboard(string data) => new { inline_keyboard = new[] { new[] { new { text = "Go", callback_data = data } } } };

    [Fact]
    public async Task Empty_and_too_long_texts_are_refused()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var user = await sandbox.CreateUserAsync();

        (await sandbox.CallAsync("sendMessage", new { chat_id = user, text = "" })).AssertError(400, "Bad Request: message text is empty");
        (await sandbox.CallAsync("sendMessage", new { chat_id = user, text = "   " })).AssertError(400, "Bad Request: message text is empty");
        (await sandbox.CallAsync("sendMessage", new { chat_id = user, text = new string('x', 4097) })).AssertError(400, "Bad Request: message is too long");
        (await sandbox.CallAsync("sendMessage", new { chat_id = user, text = new string('x', 4096) })).AssertOk();
    }

    [Fact]
    public async Task A_caption_over_1024_characters_is_refused()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var user = await sandbox.CreateUserAsync();

        var reply = await sandbox.SendAsync("sendPhoto", TestImages.Upload(user, caption: new string('c', 1025)));

        reply.AssertError(400, "Bad Request: message caption is too long");
    }

    [Theory]
    [InlineData("")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789")]
    public async Task Callback_data_that_is_empty_or_over_64_bytes_is_refused(string data)
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var user = await sandbox.CreateUserAsync();

        var reply = await sandbox.CallAsync("sendMessage", new { chat_id = user, text = "Pick", reply_markup = Keyboard(data) });

        reply.AssertError(400, "Bad Request: BUTTON_DATA_INVALID");
    }

    [Fact]
    public async Task An_unknown_chat_is_not_found()
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        var reply = await sandbox.CallAsync("sendMessage", new { chat_id = 424242, text = "hello" });

        reply.AssertError(400, "Bad Request: chat not found");
    }

    [Fact]
    public async Task An_edit_that_changes_nothing_is_not_modified()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var user = await sandbox.CreateUserAsync();
        var id = await sandbox.BotSaysAsync(user, "Cart: 1 item", Keyboard("checkout"));

        var same = await sandbox.CallAsync("editMessageText", new { chat_id = user, message_id = id, text = "Cart: 1 item", reply_markup = Keyboard("checkout") });
        var sameMarkup = await sandbox.CallAsync("editMessageReplyMarkup", new { chat_id = user, message_id = id, reply_markup = Keyboard("checkout") });
        var changed = await sandbox.CallAsync("editMessageText", new { chat_id = user, message_id = id, text = "Cart: 2 items", reply_markup = Keyboard("checkout") });

        const string notModified = "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";
        same.AssertError(400, notModified);
        sameMarkup.AssertError(400, notModified);
        Assert.Equal("Cart: 2 items", changed.AssertOk().Result.GetProperty("text").GetString());
        Assert.True(changed.Result.TryGetProperty("edit_date", out _));
    }

    [Fact]
    public async Task Editing_or_deleting_a_missing_message_is_refused_and_user_messages_cannot_be_edited()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var user = await sandbox.CreateUserAsync();
        var userMessage = (await sandbox.SendTextAsync(user, "hi")).GetProperty("message_id").GetInt32();
        var botMessage = await sandbox.BotSaysAsync(user, "hello");

        (await sandbox.CallAsync("editMessageText", new { chat_id = user, message_id = 99, text = "x" })).AssertError(400, "Bad Request: message to edit not found");
        (await sandbox.CallAsync("editMessageText", new { chat_id = user, message_id = userMessage, text = "x" })).AssertError(400, "Bad Request: message can't be edited");
        (await sandbox.CallAsync("deleteMessage", new { chat_id = user, message_id = botMessage })).AssertOk();
        (await sandbox.CallAsync("deleteMessage", new { chat_id = user, message_id = botMessage })).AssertError(400, "Bad Request: message to delete not found");
        (await sandbox.CallAsync("editMessageText", new { chat_id = user, message_id = botMessage, text = "x" })).AssertError(400, "Bad Request: message to edit not found");
    }

    [Fact]
    public async Task Callback_answers_over_200_characters_and_unknown_or_repeated_answers_are_refused()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var user = await sandbox.CreateUserAsync();
        var id = await sandbox.BotSaysAsync(user, "Pick", Keyboard("a"));
        var press = await sandbox.ControlAsync($"/sandbox/api/users/{user}/press", new { message_id = id, callback_data = "a" });
        var queryId = press.GetProperty("callback_query_id").GetString();
        const string tooOld = "Bad Request: query is too old and response timeout expired or query ID is invalid";

        (await sandbox.CallAsync("answerCallbackQuery", new { callback_query_id = queryId, text = new string('t', 201) })).AssertError(400, "Bad Request: MESSAGE_TOO_LONG");
        (await sandbox.CallAsync("answerCallbackQuery", new { callback_query_id = "12345" })).AssertError(400, tooOld);
        (await sandbox.CallAsync("answerCallbackQuery", new { callback_query_id = queryId, text = "Added" })).AssertOk();
        (await sandbox.CallAsync("answerCallbackQuery", new { callback_query_id = queryId })).AssertError(400, tooOld);
    }

    [Fact]
    public async Task An_expired_callback_query_cannot_be_answered()
    {
        await using var sandbox = await RunningSandbox.StartAsync(new Dictionary<string, string?> { ["Sandbox:CallbackQueryLifetime"] = "00:00:00.001" });
        var user = await sandbox.CreateUserAsync();
        var id = await sandbox.BotSaysAsync(user, "Pick", Keyboard("a"));
        var press = await sandbox.ControlAsync($"/sandbox/api/users/{user}/press", new { message_id = id, callback_data = "a" });
        await Task.Delay(50);

        var reply = await sandbox.CallAsync("answerCallbackQuery", new { callback_query_id = press.GetProperty("callback_query_id").GetString() });

        reply.AssertError(400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
    }
}
