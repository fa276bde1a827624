using System.Net;

namespace Shop.Telegram;

/// <summary>A request got no Bot API answer: the connection failed, timed out, or the reply was not a Bot API response.</summary>
/// <remarks>Carries no inner exception, because HttpClient's exceptions may quote the request URL and with it the bot token.</remarks>
public sealed class TelegramTransportException(string method, HttpStatusCode? statusCode, string detail)
    : Exception($"Telegram {method} failed: {detail}")
{
    public string Method { get; } = method;

    /// <summary>The HTTP status when a response arrived at all.</summary>
    public HttpStatusCode? StatusCode { get; } = statusCode;
}
