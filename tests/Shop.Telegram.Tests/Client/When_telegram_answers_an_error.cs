using System.Net;

namespace Shop.Telegram.Tests;

public sealed class When_telegram_answers_an_error
{
    [Fact]
    public async Task A_migrated_group_carries_the_new_chat_id()
    {
        var error = await Fail(400, "Bad Request: group chat was upgraded to a supergroup chat", """{"migrate_to_chat_id":-1001234567890}""");

        Assert.Equal(-1001234567890, error.MigrateToChatId);
        Assert.Null(error.RetryAfter);
    }

    [Fact]
    public async Task A_blocked_user_is_recognised()
    {
        var error = await Fail(403, "Forbidden: bot was blocked by the user");

        Assert.True(error.IsBlocked);
        Assert.False(error.IsMessageGone);
    }

    [Fact]
    public async Task An_unchanged_edit_is_recognised()
    {
        var error = await Fail(400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same");

        Assert.True(error.IsNotModified);
        Assert.False(error.IsMessageGone);
    }

    [Theory]
    [InlineData("Bad Request: message to edit not found")]
    [InlineData("Bad Request: message to delete not found")]
    [InlineData("Bad Request: message can't be edited")]
    [InlineData("Bad Request: MESSAGE_ID_INVALID")]
    public async Task A_vanished_message_is_recognised(string description)
    {
        var error = await Fail(400, description);

        Assert.True(error.IsMessageGone);
        Assert.False(error.IsNotModified);
        Assert.Equal(description, error.Description);
    }

    [Fact]
    public async Task Another_bad_request_is_none_of_the_known_cases()
    {
        var error = await Fail(400, "Bad Request: chat not found");

        Assert.False(error.IsMessageGone || error.IsNotModified || error.IsBlocked || error.IsRateLimited);
    }

    private static async Task<TelegramApiException> Fail(int code, string description, string parameters = "null")
    {
        var telegram = FakeTelegram.Answering(
            (HttpStatusCode)code,
            $$"""{"ok":false,"error_code":{{code}},"description":"{{description}}","parameters":{{parameters}}}""");
        return await Assert.ThrowsAsync<TelegramApiException>(() => TestClient.Create(telegram).EditMessageTextAsync(new EditMessageTextRequest(42, 7, "x")));
    }
}
