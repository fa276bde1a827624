using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Shop.Telegram;

/// <summary>Sends Bot API requests and turns Telegram's answers into results or typed exceptions.</summary>
/// <remarks>Every failure message passes through <see cref="TokenRedactor"/>: the token is part of each request URL.</remarks>
public sealed class BotApiClient(HttpClient http, IOptions<TelegramOptions> options, TelegramMetrics metrics, ILogger<BotApiClient> logger)
{
    public async Task<TResult> SendAsync<TResult>(IBotRequest<TResult> request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await SendOnceAsync(request, ct).ConfigureAwait(false);
            metrics.Record(request.MethodName, TelegramMetrics.Ok, Stopwatch.GetElapsedTime(started));
            return result;
        }
        catch (TelegramApiException exception)
        {
            metrics.Record(request.MethodName, TelegramMetrics.OutcomeOf(exception.ErrorCode), Stopwatch.GetElapsedTime(started));
            throw;
        }
        catch (TelegramTransportException exception)
        {
            metrics.Record(request.MethodName, TelegramMetrics.OutcomeOf((int?)exception.StatusCode), Stopwatch.GetElapsedTime(started));
            throw;
        }
    }

    private async Task<TResult> SendOnceAsync<TResult>(IBotRequest<TResult> request, CancellationToken ct)
    {
        var settings = options.Value;
        var method = request.MethodName;
        var timeout = TimeoutFor(request, settings.RequestTimeout);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);

        HttpStatusCode status;
        string body;
        try
        {
            using var content = CreateContent(request);
            using var response = await http.PostAsync(MethodUri(settings, method), content, deadline.Token).ConfigureAwait(false);
            status = response.StatusCode;
            body = await response.Content.ReadAsStringAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw TransportFailure(method, null, $"no answer within {timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException exception)
        {
            throw TransportFailure(method, exception.StatusCode, Describe(exception, settings.BotToken));
        }
        catch (IOException exception)
        {
            throw TransportFailure(method, null, Describe(exception, settings.BotToken));
        }

        return ReadResult<TResult>(method, status, body, settings.BotToken);
    }

    public Task<User> GetMeAsync(GetMeRequest request, CancellationToken ct = default) => SendAsync(request, ct);

    public Task<IReadOnlyList<Update>> GetUpdatesAsync(GetUpdatesRequest request, CancellationToken ct = default) => SendAsync(request, ct);

    public Task<bool> SetWebhookAsync(SetWebhookRequest request, CancellationToken ct = default) => SendAsync(request, ct);

    public Task<bool> DeleteWebhookAsync(DeleteWebhookRequest request, CancellationToken ct = default) => SendAsync(request, ct);

    public Task<WebhookInfo> GetWebhookInfoAsync(GetWebhookInfoRequest request, CancellationToken ct = default) => SendAsync(request, ct);

    public Task<bool> SetMyCommandsAsync(SetMyCommandsRequest request, CancellationToken ct = default) => SendAsync(request, ct);

    public Task<Message> SendMessageAsync(SendMessageRequest request, CancellationToken ct = default) => SendAsync(request, ct);

    public Task<Message> SendPhotoAsync(SendPhotoRequest request, CancellationToken ct = default) => SendAsync(request, ct);

    public Task<Message> EditMessageTextAsync(EditMessageTextRequest request, CancellationToken ct = default) => SendAsync(request, ct);

    public Task<Message> EditMessageCaptionAsync(EditMessageCaptionRequest request, CancellationToken ct = default) => SendAsync(request, ct);

    public Task<Message> EditMessageReplyMarkupAsync(EditMessageReplyMarkupRequest request, CancellationToken ct = default) => SendAsync(request, ct);

    public Task<bool> DeleteMessageAsync(DeleteMessageRequest request, CancellationToken ct = default) => SendAsync(request, ct);

    public Task<bool> AnswerCallbackQueryAsync(AnswerCallbackQueryRequest request, CancellationToken ct = default) => SendAsync(request, ct);

    public Task<Message> SendInvoiceAsync(SendInvoiceRequest request, CancellationToken ct = default) => SendAsync(request, ct);

    public Task<bool> AnswerPreCheckoutQueryAsync(AnswerPreCheckoutQueryRequest request, CancellationToken ct = default) => SendAsync(request, ct);

    private static Uri MethodUri(TelegramOptions settings, string method) =>
        new($"{settings.ApiBaseUrl.AbsoluteUri.TrimEnd('/')}/bot{settings.BotToken}/{method}");

    private static TimeSpan TimeoutFor(IBotRequest request, TimeSpan requestTimeout) =>
        request is GetUpdatesRequest { Timeout: > 0 } poll ? requestTimeout + TimeSpan.FromSeconds(poll.Timeout.Value) : requestTimeout;

    private static HttpContent CreateContent(IBotRequest request)
    {
        if (request is IFileUploadRequest { Upload: { } upload } uploading)
        {
            return CreateMultipart(request, uploading.UploadFieldName, upload);
        }

        var json = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(request, request.GetType(), TelegramJson.Options));
        json.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return json;
    }

    private static MultipartFormDataContent CreateMultipart(IBotRequest request, string fileField, InputFileUpload upload)
    {
        var form = new MultipartFormDataContent();
        using var fields = JsonSerializer.SerializeToDocument(request, request.GetType(), TelegramJson.Options);
        foreach (var field in fields.RootElement.EnumerateObject())
        {
            if (field.NameEquals(fileField))
            {
                continue;
            }

            // Form values are plain text to Telegram; nested objects such as reply_markup go as JSON-encoded strings.
            var value = field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString() ?? "" : field.Value.GetRawText();
            form.Add(new StringContent(value), field.Name);
        }

        var file = new ByteArrayContent(upload.Content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, fileField, upload.FileName);
        return form;
    }

    private TResult ReadResult<TResult>(string method, HttpStatusCode status, string body, string token)
    {
        ApiResponse<TResult>? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<ApiResponse<TResult>>(body, TelegramJson.Options);
        }
        catch (JsonException exception)
        {
            throw TransportFailure(method, status, $"HTTP {(int)status} answer is not a readable Bot API response: {TokenRedactor.Redact(exception.Message, token)}");
        }

        if (envelope is { Ok: true, Result: { } result })
        {
            return result;
        }

        if (envelope is { Ok: false, ErrorCode: { } errorCode })
        {
            var description = TokenRedactor.Redact(envelope.Description ?? "", token);
            logger.LogDebug("Telegram {Method} answered {ErrorCode}: {Description}", method, errorCode, description);
            throw new TelegramApiException(method, errorCode, description, envelope.Parameters?.RetryAfter, envelope.Parameters?.MigrateToChatId);
        }

        throw TransportFailure(method, status, $"HTTP {(int)status} answer is not a Bot API response");
    }

    private TelegramTransportException TransportFailure(string method, HttpStatusCode? status, string detail)
    {
        logger.LogDebug("Telegram {Method} got no usable answer: {Detail}", method, detail);
        return new TelegramTransportException(method, status, detail);
    }

    private static string Describe(Exception exception, string token)
    {
        var messages = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (!messages.Contains(current.Message))
            {
                messages.Add(current.Message);
            }
        }

        return TokenRedactor.Redact(string.Join(" ", messages), token);
    }
}
