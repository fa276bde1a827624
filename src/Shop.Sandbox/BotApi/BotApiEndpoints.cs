using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Shop.Sandbox.BotApi;

/// <summary>The fake Bot API at /bot{token}/{method}, answering in Telegram's {"ok":...} envelope.</summary>
internal static class BotApiEndpoints
{
    public static void MapBotApi(this IEndpointRouteBuilder routes) =>
        routes.MapMethods("/bot{token}/{method}", [HttpMethods.Get, HttpMethods.Post], HandleAsync).ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(
        HttpContext http, string token, string method, BotIdentity bot, BotMethods methods, SandboxStats stats, TimeProvider time)
    {
        // The moment the call was accepted is what the benchmark measures latency against.
        var acceptedAt = time.GetUtcNow();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(bot.Token)))
        {
            return Error(new BotApiException(401, "Unauthorized"));
        }
        if (BotMethods.Resolve(method) is not { } name)
        {
            return Error(new BotApiException(404, "Not Found"));
        }
        stats.CountCall(name);
        var cancellationToken = http.RequestAborted;
        try
        {
            var parameters = await BotParameters.ReadAsync(http.Request, cancellationToken);
            var result = await methods.InvokeAsync(name, parameters, acceptedAt, cancellationToken);
            return Results.Text("{\"ok\":true,\"result\":" + result + "}", "application/json", Encoding.UTF8);
        }
        catch (BotApiException ex)
        {
            return Error(ex);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The bot hung up (e.g. a long poll it abandoned); nobody reads this answer.
            return Results.Empty;
        }
    }

    private static IResult Error(BotApiException ex)
    {
        var body = new JsonObject
        {
            ["ok"] = false,
            ["error_code"] = ex.ErrorCode,
            ["description"] = ex.Description,
        };
        if (ex.RetryAfter is { } retryAfter)
        {
            body["parameters"] = new JsonObject { ["retry_after"] = retryAfter };
        }
        return Results.Text(body.ToJsonString(SandboxJson.Options), "application/json", Encoding.UTF8, ex.ErrorCode);
    }
}
