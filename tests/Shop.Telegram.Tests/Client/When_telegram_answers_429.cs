using System.Net;

namespace Shop.Telegram.Tests;

public sealed class When_telegram_answers_429
{
    [Fact]
    public async Task The_exception_carries_retry_after()
    {
        var telegram = FakeTelegram.Answering(
            HttpStatusCode.TooManyRequests,
            """{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}""");

        var error = await Assert.ThrowsAsync<TelegramApiException>(() => TestClient.Create(telegram).SendMessageAsync(new SendMessageRequest(42, "hi")));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(7, error.RetryAfter);
        Assert.True(error.IsRateLimited);
        Assert.False(error.IsBlocked);
        Assert.Equal("sendMessage", error.Method);
        Assert.Equal("Telegram sendMessage failed with 429: Too Many Requests: retry after 7", error.Message);
    }
}
