using System.Net;
using System.Text.Json;

namespace Shop.Telegram.Tests;

public sealed class When_a_request_is_sent
{
    private const string SentMessage = """{"message_id":77,"date":1700000000,"chat":{"id":42,"type":"private"},"text":"Green tea"}""";

    [Theory]
    [InlineData("https://api.telegram.org", "https://api.telegram.org/bot123456789:AAH-secret_Part9/getMe")]
    [InlineData("https://api.telegram.org/", "https://api.telegram.org/bot123456789:AAH-secret_Part9/getMe")]
    [InlineData("http://sandbox:8081/tg/", "http://sandbox:8081/tg/bot123456789:AAH-secret_Part9/getMe")]
    public async Task It_posts_to_the_method_url_under_the_base_url(string baseUrl, string expected)
    {
        var telegram = FakeTelegram.AnsweringOk("""{"id":123456789,"is_bot":true,"first_name":"Shop","username":"shop_bot"}""");

        var me = await TestClient.Create(telegram, baseUrl).GetMeAsync(new GetMeRequest());

        Assert.Equal(HttpMethod.Post, telegram.Single.Method);
        Assert.Equal(expected, telegram.Single.Uri.AbsoluteUri);
        Assert.Equal("shop_bot", me.Username);
    }

    [Fact]
    public async Task The_body_is_snake_case_json_without_nulls()
    {
        var telegram = FakeTelegram.AnsweringOk(SentMessage);
        var keyboard = new InlineKeyboardMarkup { InlineKeyboard = [[InlineKeyboardButton.WithCallbackData("Add", "cart:add:tea")]] };

        await TestClient.Create(telegram).SendMessageAsync(new SendMessageRequest(42, "Зелёный чай", ReplyMarkup: keyboard));

        Assert.Equal("application/json", telegram.Single.ContentType);
        var body = JsonDocument.Parse(telegram.Single.Body).RootElement;
        Assert.Equal(["chat_id", "text", "reply_markup"], body.EnumerateObject().Select(property => property.Name));
        Assert.Equal(42, body.GetProperty("chat_id").GetInt64());
        Assert.Equal("cart:add:tea", body.GetProperty("reply_markup").GetProperty("inline_keyboard")[0][0].GetProperty("callback_data").GetString());
        Assert.Contains("Зелёный чай", telegram.Single.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_result_comes_back_typed()
    {
        var telegram = FakeTelegram.AnsweringOk(SentMessage);

        var message = await TestClient.Create(telegram).EditMessageTextAsync(new EditMessageTextRequest(42, 77, "Green tea"));

        Assert.Equal(77, message.MessageId);
        Assert.Equal(42, message.Chat.Id);
    }

    [Fact]
    public async Task A_boolean_result_comes_back_as_bool()
    {
        var telegram = FakeTelegram.AnsweringOk("true");

        Assert.True(await TestClient.Create(telegram).AnswerCallbackQueryAsync(new AnswerCallbackQueryRequest("q1")));
        Assert.Equal("""{"callback_query_id":"q1"}""", telegram.Single.Body);
    }

    [Fact]
    public async Task Polled_updates_come_back_even_with_unknown_kinds()
    {
        var telegram = FakeTelegram.AnsweringOk("""[{"update_id":5,"message":{"message_id":1,"date":1,"chat":{"id":1,"type":"private"}}},{"update_id":6,"poll":{"id":"p"}}]""");

        var updates = await TestClient.Create(telegram).GetUpdatesAsync(new GetUpdatesRequest(5, 100, 0));

        Assert.Equal([5L, 6L], updates.Select(update => update.UpdateId));
        Assert.True(updates[1].ExtensionData?.ContainsKey("poll"));
    }

    [Fact]
    public async Task A_caller_cancellation_is_not_turned_into_a_transport_failure()
    {
        var telegram = new FakeTelegram(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TestClient.Create(telegram).GetMeAsync(new GetMeRequest(), cancellation.Token));
    }

    [Fact]
    public async Task No_answer_within_the_request_timeout_is_a_transport_failure()
    {
        var telegram = new FakeTelegram(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        var failure = await Assert.ThrowsAsync<TelegramTransportException>(
            () => TestClient.Create(telegram, requestTimeout: TimeSpan.FromMilliseconds(50)).GetMeAsync(new GetMeRequest()));

        Assert.Equal("getMe", failure.Method);
        Assert.Contains("no answer within", failure.Message, StringComparison.Ordinal);
    }
}
