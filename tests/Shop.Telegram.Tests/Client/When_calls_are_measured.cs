using System.Net;
using System.Net.Sockets;

namespace Shop.Telegram.Tests;

public sealed class When_calls_are_measured : IDisposable
{
    private readonly TestMeterFactory meters = new();
    private readonly RecordedRequests recorded;

    public When_calls_are_measured() => recorded = new RecordedRequests(meters);

    [Fact]
    public async Task A_429_is_counted_with_outcome_429()
    {
        var telegram = FakeTelegram.Answering(
            HttpStatusCode.TooManyRequests,
            """{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}""");

        await Assert.ThrowsAsync<TelegramApiException>(() => Client(telegram).SendMessageAsync(new SendMessageRequest(42, "hi")));

        Assert.Equal([("sendMessage", "429", 1L)], recorded.Calls);
    }

    [Fact]
    public async Task A_success_is_counted_as_ok()
    {
        var telegram = FakeTelegram.AnsweringOk("""{"id":123456789,"is_bot":true,"first_name":"Shop"}""");

        await Client(telegram).GetMeAsync(new GetMeRequest());

        Assert.Equal([("getMe", "ok", 1L)], recorded.Calls);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, 400, "4xx")]
    [InlineData(HttpStatusCode.Forbidden, 403, "4xx")]
    [InlineData(HttpStatusCode.InternalServerError, 500, "5xx")]
    public async Task A_bot_api_error_is_counted_by_its_class(HttpStatusCode status, int errorCode, string outcome)
    {
        var telegram = FakeTelegram.Answering(status, $$"""{"ok":false,"error_code":{{errorCode}},"description":"nope"}""");

        await Assert.ThrowsAsync<TelegramApiException>(() => Client(telegram).DeleteMessageAsync(new DeleteMessageRequest(42, 7)));

        Assert.Equal([("deleteMessage", outcome, 1L)], recorded.Calls);
    }

    [Fact]
    public async Task A_proxy_error_page_is_counted_as_5xx()
    {
        var telegram = FakeTelegram.Answering(HttpStatusCode.BadGateway, "<html>Bad Gateway</html>", "text/html");

        await Assert.ThrowsAsync<TelegramTransportException>(() => Client(telegram).GetMeAsync(new GetMeRequest()));

        Assert.Equal([("getMe", "5xx", 1L)], recorded.Calls);
    }

    [Fact]
    public async Task A_refused_connection_is_counted_as_a_network_error()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        await Assert.ThrowsAsync<TelegramTransportException>(
            () => TestClient.Create(new SocketsHttpHandler(), $"http://127.0.0.1:{closedPort}", metrics: new TelegramMetrics(meters)).GetMeAsync(new GetMeRequest()));

        Assert.Equal([("getMe", "network_error", 1L)], recorded.Calls);
    }

    public void Dispose()
    {
        recorded.Dispose();
        meters.Dispose();
    }

    private BotApiClient Client(FakeTelegram telegram) => TestClient.Create(telegram, metrics: new TelegramMetrics(meters));
}
