using System.Text;
using System.Text.Json;
using Shop.Sandbox.BotApi;
using Shop.Sandbox.Chats;
using Shop.Sandbox.Updates;

namespace Shop.Sandbox.Control;

/// <summary>
/// The control API under /sandbox/api: tests, the benchmark and the web chat drive users and watch the bot here.
/// Other teams code against these routes and shapes; change them only by adding.
/// </summary>
internal static class ControlApiEndpoints
{
    private static readonly TimeSpan MaxEventWait = TimeSpan.FromSeconds(60);

    public static void MapControlApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/sandbox/api");
        api.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (ControlApiException ex)
            {
                return Results.Json(new ControlError(ex.Message), statusCode: ex.StatusCode);
            }
        });

        api.MapGet("/health", () => Results.Ok(new HealthResponse("ok")));

        api.MapGet("/bot", (BotIdentity bot, BotCommandList commands) =>
            new BotInfoResponse(bot.Id, bot.Username, bot.FirstName, commands.Get(BotCommandList.Key(null, null))));

        api.MapPost("/users", (CreateUserRequest request, ChatStore chats) =>
        {
            var user = chats.AddUser(request.Id, request.FirstName ?? "", request.LastName, request.Username, request.LanguageCode ?? "en");
            return Results.Created($"/sandbox/api/users/{user.Id}", UserView.From(user));
        });

        api.MapGet("/users", (ChatStore chats) => chats.Users().Select(UserView.From).ToList());

        api.MapGet("/users/{id:long}", (long id, ChatStore chats) =>
            chats.FindUser(id) is { } user ? Results.Ok(UserView.From(user)) : throw ControlApiException.NotFound($"user {id} not found"));

        api.MapPost("/users/{id:long}/messages", (long id, SendMessageRequest request, UserSimulator users) =>
            Results.Json(users.SendMessage(id, request), statusCode: StatusCodes.Status201Created));

        api.MapPost("/users/{id:long}/press", (long id, PressRequest request, UserSimulator users) =>
            Results.Json(users.Press(id, request), statusCode: StatusCodes.Status201Created));

        api.MapPost("/users/{id:long}/pay", (long id, PayRequest request, UserSimulator users) =>
            Results.Json(users.Pay(id, request), statusCode: StatusCodes.Status201Created));

        api.MapPost("/users/{id:long}/block", (long id, UserSimulator users) =>
            Results.Json(users.SetBlocked(id, blocked: true), statusCode: StatusCodes.Status201Created));

        api.MapPost("/users/{id:long}/unblock", (long id, UserSimulator users) =>
            Results.Json(users.SetBlocked(id, blocked: false), statusCode: StatusCodes.Status201Created));

        api.MapPost("/updates/{updateId:long}/redeliver", (long updateId, UpdateQueue updates, TimeProvider time) =>
            updates.Redeliver(updateId)
                ? Results.Json(new UpdateIdResponse(updateId, time.GetUtcNow().ToUnixTimeMilliseconds()), statusCode: StatusCodes.Status201Created)
                : throw ControlApiException.NotFound($"update {updateId} is unknown (or too old to keep)"));

        api.MapPost("/updates/raw", EnqueueRawAsync);

        api.MapGet("/chats/{chatId:long}/messages", (long chatId, ChatStore chats) => new ChatMessagesResponse(chats.Messages(chatId)));

        api.MapGet("/chats/{chatId:long}/events", async (long chatId, long? after, double? timeout, ChatStore chats, HttpContext http) =>
        {
            var wait = TimeSpan.FromSeconds(Math.Clamp(timeout ?? 0, 0, MaxEventWait.TotalSeconds));
            var (events, lastSeq) = await chats.WaitForEventsAsync(chatId, after ?? 0, wait, http.RequestAborted);
            return new ChatEventsResponse(events, lastSeq);
        });

        api.MapGet("/stats", (SandboxStats stats, UpdateQueue updates) =>
        {
            var webhook = updates.Status();
            return new StatsResponse(stats.Calls, stats.RateLimited, stats.UpdatesEmitted,
                new WebhookStats(webhook.Url, webhook.PendingUpdateCount, stats.WebhookDelivered, stats.WebhookFailedAttempts,
                    webhook.LastErrorMessage, webhook.LastErrorDate?.ToUnixTimeSeconds()));
        });
    }

    private static async Task<IResult> EnqueueRawAsync(HttpRequest request, UpdateQueue updates, TimeProvider time)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        long? updateId = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("update_id", out var id)
                && id.TryGetInt64(out var value))
            {
                updateId = value;
            }
        }
        catch (JsonException)
        {
            // The bot must get valid JSON at least; malformed *updates* are fine, a malformed body is not.
            throw ControlApiException.BadRequest("body must be JSON");
        }
        updates.EnqueueRaw(body, updateId);
        return Results.Json(new UpdateIdResponse(updateId, time.GetUtcNow().ToUnixTimeMilliseconds()), statusCode: StatusCodes.Status201Created);
    }
}
