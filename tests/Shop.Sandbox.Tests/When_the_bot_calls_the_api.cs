using System.Net.Http.Json;
using System.Text.Json;

namespace Shop.Sandbox.Tests;

public sealed class When_the_bot_calls_the_api
{
    [Fact]
    public async Task A_wrong_token_is_unauthorized()
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        var reply = await sandbox.CallAsync("999:wrong", "getMe", null);

        reply.AssertError(401, "Unauthorized");
    }

    [Fact]
    public async Task An_unknown_method_is_not_found()
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        var reply = await sandbox.CallAsync("sendTelepathy", new { });

        reply.AssertError(404, "Not Found");
    }

    [Fact]
    public async Task GetMe_describes_the_bot_from_its_token_and_works_with_GET()
    {
        await using var sandbox = await RunningSandbox.StartAsync(new Dictionary<string, string?> { ["Sandbox:BotUsername"] = "my_shop_bot" });

        var me = await sandbox.Http.GetFromJsonAsync<JsonElement>($"/bot{RunningSandbox.Token}/getMe");

        Assert.True(me.GetProperty("ok").GetBoolean());
        Assert.Equal(123456, me.GetProperty("result").GetProperty("id").GetInt64());
        Assert.True(me.GetProperty("result").GetProperty("is_bot").GetBoolean());
        Assert.Equal("my_shop_bot", me.GetProperty("result").GetProperty("username").GetString());
    }

    [Fact]
    public async Task A_sent_message_is_complete_and_spec_shaped()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var user = await sandbox.CreateUserAsync("Ann");
        var keyboard = new { inline_keyboard = new[] { new[] { new { text = "Catalog", callback_data = "catalog" } } } };

        var message = (await sandbox.CallAsync("sendMessage", new { chat_id = user, text = "Welcome", reply_markup = keyboard })).AssertOk().Result;

        Assert.Equal(1, message.GetProperty("message_id").GetInt32());
        Assert.True(message.GetProperty("from").GetProperty("is_bot").GetBoolean());
        Assert.Equal(123456, message.GetProperty("from").GetProperty("id").GetInt64());
        var chat = message.GetProperty("chat");
        Assert.Equal(user, chat.GetProperty("id").GetInt64());
        Assert.Equal("private", chat.GetProperty("type").GetString());
        Assert.Equal("Ann", chat.GetProperty("first_name").GetString());
        Assert.Equal("ann", chat.GetProperty("username").GetString());
        Assert.True(message.GetProperty("date").GetInt64() > 0);
        Assert.Equal("Welcome", message.GetProperty("text").GetString());
        Assert.Equal("catalog", message.GetProperty("reply_markup").GetProperty("inline_keyboard")[0][0].GetProperty("callback_data").GetString());
    }

    [Fact]
    public async Task Form_encoded_parameters_carry_reply_markup_as_json_text()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var user = await sandbox.CreateUserAsync();

        var reply = await sandbox.SendAsync("sendMessage", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["chat_id"] = user.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["text"] = "Pick one",
            ["reply_markup"] = """{"inline_keyboard":[[{"text":"A","callback_data":"a"}]]}""",
        }));

        var markup = reply.AssertOk().Result.GetProperty("reply_markup");
        Assert.Equal("a", markup.GetProperty("inline_keyboard")[0][0].GetProperty("callback_data").GetString());
    }

    [Fact]
    public async Task Html_parse_mode_becomes_plain_text_with_entities_and_bad_markup_is_refused()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var user = await sandbox.CreateUserAsync();

        var ok = await sandbox.CallAsync("sendMessage", new { chat_id = user, text = "<b>Tea</b> &amp; cake", parse_mode = "HTML" });
        var bad = await sandbox.CallAsync("sendMessage", new { chat_id = user, text = "1 < 2 <i>", parse_mode = "HTML" });
        var markdown = await sandbox.CallAsync("sendMessage", new { chat_id = user, text = "Total: 5.00", parse_mode = "MarkdownV2" });

        var message = ok.AssertOk().Result;
        Assert.Equal("Tea & cake", message.GetProperty("text").GetString());
        Assert.Equal("bold", message.GetProperty("entities")[0].GetProperty("type").GetString());
        Assert.Equal(3, message.GetProperty("entities")[0].GetProperty("length").GetInt32());
        Assert.Equal(400, bad.Status);
        Assert.StartsWith("Bad Request: can't parse entities:", bad.Description);
        markdown.AssertError(400, "Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\'");
    }

    [Fact]
    public async Task Bot_commands_are_stored_per_scope()
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        (await sandbox.CallAsync("setMyCommands", new { commands = new[] { new { command = "start", description = "Open the shop" } } })).AssertOk();
        var commands = (await sandbox.CallAsync("getMyCommands")).AssertOk().Result;
        var invalid = await sandbox.CallAsync("setMyCommands", new { commands = new[] { new { command = "Bad Command", description = "x" } } });

        Assert.Equal("start", commands[0].GetProperty("command").GetString());
        invalid.AssertError(400, "Bad Request: BOT_COMMAND_INVALID");
    }
}
