using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace Shop.Telegram.Tests;

public sealed class When_the_transport_fails
{
    [Fact]
    public async Task The_exception_never_contains_the_token()
    {
        var telegram = new FakeTelegram((request, _) => throw new HttpRequestException(
            $"Error while copying content to {request.RequestUri}",
            new IOException($"Unable to read from {request.RequestUri!.AbsolutePath}"),
            HttpStatusCode.ServiceUnavailable));

        var failure = await Assert.ThrowsAsync<TelegramTransportException>(() => TestClient.Create(telegram).SendMessageAsync(new SendMessageRequest(42, "hi")));

        Assert.DoesNotContain(TestClient.Token, failure.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("AAH-secret_Part9", failure.ToString(), StringComparison.Ordinal);
        Assert.Contains("/bot<token>/sendMessage", failure.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failure.StatusCode);
        Assert.Null(failure.InnerException);
    }

    [Fact]
    public async Task No_log_line_contains_the_token()
    {
        using var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var telegram = new FakeTelegram((request, _) => throw new HttpRequestException($"Connection reset while posting {request.RequestUri}"));

        await Assert.ThrowsAsync<TelegramTransportException>(
            () => TestClient.Create(telegram, logger: factory.CreateLogger<BotApiClient>()).GetMeAsync(new GetMeRequest()));

        Assert.NotEmpty(logs.Entries);
        Assert.DoesNotContain(logs.Entries, entry => entry.Message.Contains("AAH-secret_Part9", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_connection_is_a_transport_failure_without_the_token()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var failure = await Assert.ThrowsAsync<TelegramTransportException>(
            () => TestClient.Create(new SocketsHttpHandler(), $"http://127.0.0.1:{closedPort}").GetMeAsync(new GetMeRequest()));

        Assert.DoesNotContain("AAH-secret_Part9", failure.ToString(), StringComparison.Ordinal);
        Assert.Null(failure.StatusCode);
    }

    [Fact]
    public async Task An_error_description_that_quotes_the_token_is_redacted()
    {
        var telegram = FakeTelegram.Answering(HttpStatusCode.NotFound, $$"""{"ok":false,"error_code":404,"description":"Not Found: /bot{{TestClient.Token}}/getMe"}""");

        var error = await Assert.ThrowsAsync<TelegramApiException>(() => TestClient.Create(telegram).GetMeAsync(new GetMeRequest()));

        Assert.DoesNotContain("AAH-secret_Part9", error.ToString(), StringComparison.Ordinal);
    }
}
