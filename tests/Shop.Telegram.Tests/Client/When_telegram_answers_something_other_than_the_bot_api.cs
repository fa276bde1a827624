using System.Net;

namespace Shop.Telegram.Tests;

public sealed class When_telegram_answers_something_other_than_the_bot_api
{
    [Fact]
    public async Task An_html_error_page_is_a_transport_failure_with_its_status()
    {
        var telegram = FakeTelegram.Answering(HttpStatusCode.BadGateway, "<html><body>502 Bad Gateway</body></html>", "text/html");

        var failure = await Assert.ThrowsAsync<TelegramTransportException>(() => TestClient.Create(telegram).DeleteMessageAsync(new DeleteMessageRequest(42, 7)));

        Assert.Equal(HttpStatusCode.BadGateway, failure.StatusCode);
        Assert.Equal("deleteMessage", failure.Method);
    }

    [Fact]
    public async Task Json_without_the_envelope_is_a_transport_failure()
    {
        var telegram = FakeTelegram.Answering(HttpStatusCode.OK, """{"status":"fine"}""");

        var failure = await Assert.ThrowsAsync<TelegramTransportException>(() => TestClient.Create(telegram).DeleteWebhookAsync(new DeleteWebhookRequest()));

        Assert.Equal(HttpStatusCode.OK, failure.StatusCode);
    }

    [Fact]
    public async Task A_result_of_the_wrong_shape_is_a_transport_failure()
    {
        // An edit of an inline message answers true instead of a Message.
        var telegram = FakeTelegram.AnsweringOk("true");

        await Assert.ThrowsAsync<TelegramTransportException>(() => TestClient.Create(telegram).EditMessageReplyMarkupAsync(new EditMessageReplyMarkupRequest(42, 7)));
    }
}
