using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Shop.Telegram;

namespace Shop.Ingress;

/// <summary>
/// Receives Telegram's webhook posts. Answers 200 only after the broker confirmed the update, and 503 while it cannot,
/// so Telegram keeps the update and retries.
/// </summary>
public static class WebhookEndpoint
{
    const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public static async Task<IResult> HandleAsync(HttpContext http, UpdatePublisher publisher, IOptions<TelegramOptions> telegram,
        IOptions<IngressOptions> ingress, ILogger<UpdatePublisher> logger)
    {
        if (!SecretMatches(http.Request.Headers[SecretHeader].ToString(), telegram.Value.WebhookSecret))
            return Results.Text("wrong or missing secret token", statusCode: StatusCodes.Status401Unauthorized);

        var limit = ingress.Value.MaxUpdateBytes;
        if (http.Request.ContentLength > limit) return TooLarge(logger, limit);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit;

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(http.Request.Body, TelegramJson.Options, http.RequestAborted);
        }
        catch (JsonException e)
        {
            // One line, no stack trace: a flood of bad bodies must not flood the log.
            logger.LogWarning("Webhook body refused, not a Telegram update: {Reason}", e.Message);
            return Results.Text("malformed update", statusCode: StatusCodes.Status400BadRequest);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(logger, limit);
        }
        if (update is null || update.UpdateId <= 0)
        {
            logger.LogWarning("Webhook body refused, not a Telegram update: {Reason}", "no update_id");
            return Results.Text("malformed update: no update_id", statusCode: StatusCodes.Status400BadRequest);
        }

        try
        {
            await publisher.PublishAsync([update], http.RequestAborted);
            return Results.Ok();
        }
        // Whatever stopped the publish (broker down, timeout), the update is not durable: Telegram must send it again.
        catch (Exception e)
        {
            logger.LogWarning("Update {UpdateId} not confirmed by the broker ({Reason}); Telegram will retry", update.UpdateId, e.Message);
            http.Response.Headers.RetryAfter = "5";
            return Results.Text("broker unavailable", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    static IResult TooLarge(ILogger logger, long limit)
    {
        logger.LogWarning("Webhook body refused, over {Limit} bytes", limit);
        return Results.Text("update too large", statusCode: StatusCodes.Status413PayloadTooLarge);
    }

    /// <summary>Constant-time comparison, so the secret cannot be guessed byte by byte from response times.</summary>
    public static bool SecretMatches(string presented, string? expected)
    {
        if (string.IsNullOrEmpty(expected)) return false;
        var a = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var b = SHA256.HashData(Encoding.UTF8.GetBytes(expected));
        return CryptographicOperations.FixedTimeEquals(a, b);
    }
}
