using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Shop.Sandbox.Chats;
using Shop.Sandbox.Files;
using Shop.Sandbox.Updates;

namespace Shop.Sandbox.BotApi;

/// <summary>The Bot API methods the shop uses, with Telegram's validation, limits and error texts.</summary>
internal sealed partial class BotMethods(
    BotIdentity bot,
    ChatStore chats,
    UpdateQueue updates,
    FileStore files,
    FloodControl flood,
    BotCommandList commands)
{
    private const int MaxTextLength = 4096;
    private const int MaxCaptionLength = 1024;
    private const int MaxCallbackAnswerLength = 200;
    private const long MaxUploadBytes = 10 * 1024 * 1024;

    private const string NotModified =
        "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

    private static readonly string[] Names =
    [
        "getMe", "getUpdates", "setWebhook", "deleteWebhook", "getWebhookInfo", "setMyCommands", "getMyCommands", "deleteMyCommands",
        "sendMessage", "sendPhoto", "editMessageText", "editMessageCaption", "editMessageReplyMarkup", "deleteMessage",
        "answerCallbackQuery", "sendInvoice", "answerPreCheckoutQuery",
    ];

    private static readonly Dictionary<string, string> Canonical = Names.ToDictionary(n => n, n => n, StringComparer.OrdinalIgnoreCase);

    /// <summary>Telegram's method names are case-insensitive; returns the canonical spelling, or null for an unknown method.</summary>
    public static string? Resolve(string method) => Canonical.GetValueOrDefault(method);

    /// <summary>Runs a method and returns its result as JSON text.</summary>
    public async Task<string> InvokeAsync(string method, BotParameters p, DateTimeOffset acceptedAt, CancellationToken cancellationToken) =>
        method switch
        {
            "getUpdates" => await GetUpdatesAsync(p, cancellationToken),
            "sendPhoto" => Json(await SendPhotoAsync(p, acceptedAt, cancellationToken)),
            _ => Json(method switch
            {
                "getMe" => GetMe(),
                "setWebhook" => SetWebhook(p),
                "deleteWebhook" => DeleteWebhook(p),
                "getWebhookInfo" => GetWebhookInfo(),
                "setMyCommands" => SetMyCommands(p),
                "getMyCommands" => GetMyCommands(p),
                "deleteMyCommands" => DeleteMyCommands(p),
                "sendMessage" => SendMessage(p, acceptedAt),
                "editMessageText" => EditMessageText(p, acceptedAt),
                "editMessageCaption" => EditMessageCaption(p, acceptedAt),
                "editMessageReplyMarkup" => EditMessageReplyMarkup(p, acceptedAt),
                "deleteMessage" => DeleteMessage(p, acceptedAt),
                "answerCallbackQuery" => AnswerCallbackQuery(p, acceptedAt),
                "sendInvoice" => SendInvoice(p, acceptedAt),
                "answerPreCheckoutQuery" => AnswerPreCheckoutQuery(p, acceptedAt),
                _ => throw new BotApiException(404, "Not Found"),
            }),
        };

    private static string Json(JsonNode node) => node.ToJsonString(SandboxJson.Options);

    private JsonNode GetMe()
    {
        var me = bot.ToUserJson();
        me["can_join_groups"] = false;
        me["can_read_all_group_messages"] = false;
        me["supports_inline_queries"] = false;
        return me;
    }

    private Task<string> GetUpdatesAsync(BotParameters p, CancellationToken cancellationToken)
    {
        var limit = (int)Math.Clamp(p.Long("limit") ?? 100, 1, 100);
        var timeout = TimeSpan.FromSeconds(Math.Clamp(p.Long("timeout") ?? 0, 0, 600));
        var allowed = ReadAllowedUpdates(p);
        return updates.PollAsync(p.Long("offset"), limit, timeout, allowed, cancellationToken);
    }

    private JsonNode SetWebhook(BotParameters p)
    {
        var url = p.String("url");
        if (string.IsNullOrEmpty(url))
        {
            updates.DeleteWebhook(p.Bool("drop_pending_updates"));
            return true;
        }
        // Telegram insists on HTTPS; the sandbox also takes plain HTTP so a bot on this machine can receive updates.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw BotApiException.BadRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }
        var secret = p.String("secret_token");
        if (secret is not null && !SecretTokenFormat().IsMatch(secret))
        {
            throw BotApiException.BadRequest("secret token contains unallowed characters");
        }
        var maxConnections = p.Long("max_connections") ?? 40;
        if (maxConnections is < 1 or > 100)
        {
            throw BotApiException.BadRequest("bad webhook: max_connections must be between 1 and 100");
        }
        var config = new WebhookConfig(uri, secret, (int)maxConnections, ReadAllowedUpdates(p));
        updates.SetWebhook(config, p.Bool("drop_pending_updates"));
        return true;
    }

    private JsonNode DeleteWebhook(BotParameters p)
    {
        updates.DeleteWebhook(p.Bool("drop_pending_updates"));
        return true;
    }

    private JsonNode GetWebhookInfo()
    {
        var status = updates.Status();
        var info = new JsonObject
        {
            ["url"] = status.Url,
            ["has_custom_certificate"] = false,
            ["pending_update_count"] = status.PendingUpdateCount,
        };
        if (status.Url.Length > 0)
        {
            info["ip_address"] = "127.0.0.1";
            info["max_connections"] = status.MaxConnections;
            if (status.AllowedUpdates is { } allowed)
            {
                info["allowed_updates"] = new JsonArray([.. allowed.Select(a => (JsonNode)a)]);
            }
        }
        if (status.LastErrorDate is { } date)
        {
            info["last_error_date"] = date.ToUnixTimeSeconds();
            info["last_error_message"] = status.LastErrorMessage;
        }
        return info;
    }

    private JsonNode SetMyCommands(BotParameters p)
    {
        var list = p.Json("commands", "can't parse commands JSON object") ?? throw BotApiException.BadRequest("parameter \"commands\" is required");
        if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() > 100)
        {
            throw BotApiException.BadRequest("BOT_COMMANDS_TOO_MUCH");
        }
        foreach (var command in list.EnumerateArray())
        {
            var name = command.ValueKind == JsonValueKind.Object && command.TryGetProperty("command", out var c) ? c.GetString() : null;
            var description = command.ValueKind == JsonValueKind.Object && command.TryGetProperty("description", out var d) ? d.GetString() : null;
            if (name is null || !CommandFormat().IsMatch(name))
            {
                throw BotApiException.BadRequest("BOT_COMMAND_INVALID");
            }
            if (string.IsNullOrWhiteSpace(description) || description.Length > 256)
            {
                throw BotApiException.BadRequest("BOT_COMMAND_DESCRIPTION_INVALID");
            }
        }
        commands.Set(BotCommandList.Key(p.Json("scope", "can't parse BotCommandScope JSON object"), p.String("language_code")), list);
        return true;
    }

    private JsonNode GetMyCommands(BotParameters p) =>
        commands.Get(BotCommandList.Key(p.Json("scope", "can't parse BotCommandScope JSON object"), p.String("language_code"))).ToNode()
        ?? new JsonArray();

    private JsonNode DeleteMyCommands(BotParameters p)
    {
        commands.Set(BotCommandList.Key(p.Json("scope", "can't parse BotCommandScope JSON object"), p.String("language_code")),
            JsonSerializer.SerializeToElement(Array.Empty<object>()));
        return true;
    }

    private JsonNode SendMessage(BotParameters p, DateTimeOffset acceptedAt)
    {
        var chatId = p.RequireChatId();
        var text = ReadText(p, "text", "parse_mode", "entities");
        var (inline, other) = ReplyMarkup.Read(p, inlineOnly: false);
        return chats.SendBotMessage(chatId, acceptedAt, () => flood.Admit(chatId), m =>
        {
            m.Text = text.Text;
            m.Entities = text.Entities;
            m.InlineKeyboard = inline;
            m.ChatKeyboard = other;
        });
    }

    private async Task<JsonNode> SendPhotoAsync(BotParameters p, DateTimeOffset acceptedAt, CancellationToken cancellationToken)
    {
        var chatId = p.RequireChatId();
        var caption = ReadCaption(p);
        var (inline, other) = ReplyMarkup.Read(p, inlineOnly: false);
        var photo = await ResolvePhotoAsync(p, cancellationToken);
        return chats.SendBotMessage(chatId, acceptedAt, () => flood.Admit(chatId), m =>
        {
            m.Photo = photo;
            m.Caption = caption?.Text;
            m.CaptionEntities = caption?.Entities;
            m.InlineKeyboard = inline;
            m.ChatKeyboard = other;
        });
    }

    private JsonNode EditMessageText(BotParameters p, DateTimeOffset acceptedAt)
    {
        var (chatId, messageId) = ReadEditTarget(p);
        var text = ReadText(p, "text", "parse_mode", "entities");
        var (inline, _) = ReplyMarkup.Read(p, inlineOnly: true);
        return chats.EditBotMessage(chatId, messageId, acceptedAt, () => flood.Admit(chatId), m =>
        {
            if (m.Text is null)
            {
                throw BotApiException.BadRequest("there is no text in the message to edit");
            }
            if (m.Text == text.Text && SameJson(m.Entities, text.Entities) && SameJson(m.InlineKeyboard, inline))
            {
                throw BotApiException.BadRequest(NotModified);
            }
            m.Text = text.Text;
            m.Entities = text.Entities;
            // Telegram drops the keyboard when an edit does not repeat it.
            m.InlineKeyboard = inline;
        });
    }

    private JsonNode EditMessageCaption(BotParameters p, DateTimeOffset acceptedAt)
    {
        var (chatId, messageId) = ReadEditTarget(p);
        var caption = ReadCaption(p);
        var (inline, _) = ReplyMarkup.Read(p, inlineOnly: true);
        return chats.EditBotMessage(chatId, messageId, acceptedAt, () => flood.Admit(chatId), m =>
        {
            if (m.Photo is null)
            {
                throw BotApiException.BadRequest("there is no caption in the message to edit");
            }
            if (m.Caption == caption?.Text && SameJson(m.CaptionEntities, caption?.Entities) && SameJson(m.InlineKeyboard, inline))
            {
                throw BotApiException.BadRequest(NotModified);
            }
            m.Caption = caption?.Text;
            m.CaptionEntities = caption?.Entities;
            m.InlineKeyboard = inline;
        });
    }

    private JsonNode EditMessageReplyMarkup(BotParameters p, DateTimeOffset acceptedAt)
    {
        var (chatId, messageId) = ReadEditTarget(p);
        var (inline, _) = ReplyMarkup.Read(p, inlineOnly: true);
        return chats.EditBotMessage(chatId, messageId, acceptedAt, () => flood.Admit(chatId), m =>
        {
            if (SameJson(m.InlineKeyboard, inline))
            {
                throw BotApiException.BadRequest(NotModified);
            }
            m.InlineKeyboard = inline;
        });
    }

    private JsonNode DeleteMessage(BotParameters p, DateTimeOffset acceptedAt)
    {
        var chatId = p.RequireChatId();
        var messageId = p.Long("message_id") ?? throw BotApiException.BadRequest("message identifier is not specified");
        chats.DeleteMessage(chatId, messageId, acceptedAt);
        return true;
    }

    private JsonNode AnswerCallbackQuery(BotParameters p, DateTimeOffset acceptedAt)
    {
        var id = p.String("callback_query_id");
        if (string.IsNullOrEmpty(id))
        {
            throw BotApiException.BadRequest("query is too old and response timeout expired or query ID is invalid");
        }
        var text = p.String("text");
        if (text?.Length > MaxCallbackAnswerLength)
        {
            throw BotApiException.BadRequest("MESSAGE_TOO_LONG");
        }
        chats.AnswerCallbackQuery(id, string.IsNullOrEmpty(text) ? null : text, p.Bool("show_alert"), acceptedAt);
        return true;
    }

    private JsonNode SendInvoice(BotParameters p, DateTimeOffset acceptedAt)
    {
        var chatId = p.RequireChatId();
        var title = p.String("title") ?? "";
        var description = p.String("description") ?? "";
        var payload = p.String("payload") ?? "";
        var currency = p.String("currency") ?? "";
        if (title.Length is < 1 or > 32)
        {
            throw BotApiException.BadRequest("INVOICE_TITLE_INVALID");
        }
        if (description.Length is < 1 or > 255)
        {
            throw BotApiException.BadRequest("INVOICE_DESCRIPTION_INVALID");
        }
        if (Encoding.UTF8.GetByteCount(payload) is < 1 or > 128)
        {
            throw BotApiException.BadRequest("INVOICE_PAYLOAD_INVALID");
        }
        if (!CurrencyFormat().IsMatch(currency))
        {
            throw BotApiException.BadRequest("CURRENCY_INVALID");
        }
        var prices = ReadPrices(p);
        if (currency == "XTR" && prices.Count != 1)
        {
            throw BotApiException.BadRequest("STARS_INVOICE_INVALID");
        }
        if (currency != "XTR" && string.IsNullOrEmpty(p.String("provider_token")))
        {
            throw BotApiException.BadRequest("PAYMENT_PROVIDER_INVALID");
        }
        var total = prices.Sum(l => l.Amount);
        if (total <= 0)
        {
            throw BotApiException.BadRequest("CURRENCY_TOTAL_AMOUNT_INVALID");
        }
        var invoice = new InvoiceInfo(title, description, p.String("start_parameter") ?? "", currency, total, payload, prices);
        var (inline, _) = ReplyMarkup.Read(p, inlineOnly: true);
        return chats.SendBotMessage(chatId, acceptedAt, () => flood.Admit(chatId), m =>
        {
            m.Invoice = invoice;
            m.InlineKeyboard = inline;
        });
    }

    private JsonNode AnswerPreCheckoutQuery(BotParameters p, DateTimeOffset acceptedAt)
    {
        var id = p.String("pre_checkout_query_id");
        if (string.IsNullOrEmpty(id))
        {
            throw BotApiException.BadRequest("QUERY_ID_INVALID");
        }
        var ok = p.Bool("ok");
        if (!ok && string.IsNullOrWhiteSpace(p.String("error_message")))
        {
            throw BotApiException.BadRequest("error_message must be non-empty if ok is false");
        }
        if (chats.AnswerPreCheckoutQuery(id, ok, acceptedAt) is { } paymentMessage)
        {
            updates.Enqueue("message", paymentMessage);
        }
        return true;
    }

    private static FormattedText ReadText(BotParameters p, string name, string parseModeName, string entitiesName)
    {
        var raw = p.String(name);
        if (string.IsNullOrWhiteSpace(raw))
        {
            throw BotApiException.BadRequest("message text is empty");
        }
        var text = FormattedText.Parse(raw, p.String(parseModeName), p.Json(entitiesName, "can't parse entities JSON object"));
        if (string.IsNullOrWhiteSpace(text.Text))
        {
            throw BotApiException.BadRequest("message text is empty");
        }
        if (text.Text.Length > MaxTextLength)
        {
            throw BotApiException.BadRequest("message is too long");
        }
        return text;
    }

    private static FormattedText? ReadCaption(BotParameters p)
    {
        var raw = p.String("caption");
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }
        var caption = FormattedText.Parse(raw, p.String("parse_mode"), p.Json("caption_entities", "can't parse entities JSON object"));
        if (caption.Text.Length > MaxCaptionLength)
        {
            throw BotApiException.BadRequest("message caption is too long");
        }
        return caption.Text.Length == 0 ? null : caption;
    }

    private static (long ChatId, long MessageId) ReadEditTarget(BotParameters p)
    {
        if (p.Has("inline_message_id") && !p.Has("chat_id"))
        {
            // The shop never sends inline messages, so the sandbox knows none.
            throw BotApiException.BadRequest("MESSAGE_ID_INVALID");
        }
        var chatId = p.RequireChatId();
        var messageId = p.Long("message_id") ?? throw BotApiException.BadRequest("message identifier is not specified");
        return (chatId, messageId);
    }

    private async Task<StoredPhoto> ResolvePhotoAsync(BotParameters p, CancellationToken cancellationToken)
    {
        if (p.File("photo") is { } upload)
        {
            return await StoreUploadAsync(upload, cancellationToken);
        }
        var value = p.String("photo");
        if (string.IsNullOrEmpty(value))
        {
            throw BotApiException.BadRequest("there is no photo in the request");
        }
        if (value.StartsWith("attach://", StringComparison.Ordinal))
        {
            var attached = p.File(value["attach://".Length..]) ?? throw BotApiException.BadRequest("wrong file identifier/HTTP URL specified");
            return await StoreUploadAsync(attached, cancellationToken);
        }
        var file = files.Find(value);
        if (file is null && Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            file = files.AddUrl(url);
        }
        return file is null
            ? throw BotApiException.BadRequest("wrong file identifier/HTTP URL specified")
            : new StoredPhoto(file.FileId, file.FileUniqueId, file.Width, file.Height, file.Content?.LongLength);
    }

    private async Task<StoredPhoto> StoreUploadAsync(IFormFile upload, CancellationToken cancellationToken)
    {
        if (upload.Length == 0)
        {
            throw BotApiException.BadRequest("file must be non-empty");
        }
        if (upload.Length > MaxUploadBytes)
        {
            throw new BotApiException(413, "Request Entity Too Large");
        }
        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        var size = ImageSize.Detect(bytes) ?? throw BotApiException.BadRequest("IMAGE_PROCESS_FAILED");
        var file = files.AddBytes(bytes, size.Width, size.Height, size.ContentType);
        return new StoredPhoto(file.FileId, file.FileUniqueId, file.Width, file.Height, bytes.LongLength);
    }

    private static List<LabeledPriceInfo> ReadPrices(BotParameters p)
    {
        var prices = p.Json("prices", "can't parse prices JSON object");
        if (prices is not { ValueKind: JsonValueKind.Array } array || array.GetArrayLength() == 0)
        {
            throw BotApiException.BadRequest("can't parse prices JSON object");
        }
        var lines = new List<LabeledPriceInfo>();
        foreach (var price in array.EnumerateArray())
        {
            if (price.ValueKind != JsonValueKind.Object
                || !price.TryGetProperty("label", out var label) || label.ValueKind != JsonValueKind.String
                || !price.TryGetProperty("amount", out var amount) || !amount.TryGetInt64(out var minor))
            {
                throw BotApiException.BadRequest("can't parse prices JSON object");
            }
            lines.Add(new LabeledPriceInfo(label.GetString()!, minor));
        }
        return lines;
    }

    private static IReadOnlyList<string>? ReadAllowedUpdates(BotParameters p)
    {
        if (p.Json("allowed_updates", "can't parse allowed updates JSON object") is not { } allowed)
        {
            return null;
        }
        if (allowed.ValueKind != JsonValueKind.Array)
        {
            throw BotApiException.BadRequest("can't parse allowed updates JSON object");
        }
        return [.. allowed.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!)];
    }

    private static bool SameJson(JsonElement? left, JsonElement? right) =>
        (left, right) switch
        {
            (null, null) => true,
            ({ } l, { } r) => JsonElement.DeepEquals(l, r),
            _ => false,
        };

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretTokenFormat();

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandFormat();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyFormat();
}
