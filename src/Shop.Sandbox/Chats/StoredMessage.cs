using System.Text.Json;
using System.Text.Json.Nodes;

namespace Shop.Sandbox.Chats;

/// <summary>One message of a private chat, from the bot or from the user. Mutated only under the chat store's lock.</summary>
internal sealed class StoredMessage(SandboxUser chatUser, int messageId, bool fromBot, DateTimeOffset sentAt)
{
    public SandboxUser ChatUser { get; } = chatUser;

    public int MessageId { get; } = messageId;

    public bool FromBot { get; } = fromBot;

    public DateTimeOffset SentAt { get; } = sentAt;

    public string? Text { get; set; }

    public JsonElement? Entities { get; set; }

    public string? Caption { get; set; }

    public JsonElement? CaptionEntities { get; set; }

    public StoredPhoto? Photo { get; set; }

    /// <summary>Only inline keyboards belong to a message; Telegram does not echo reply keyboards back.</summary>
    public JsonElement? InlineKeyboard { get; set; }

    /// <summary>A reply keyboard, keyboard removal or force-reply, kept so the web chat can show it.</summary>
    public JsonElement? ChatKeyboard { get; set; }

    public InvoiceInfo? Invoice { get; set; }

    public ContactInfo? Contact { get; set; }

    public PaymentInfo? Payment { get; set; }

    public DateTimeOffset? EditedAt { get; set; }

    public bool Deleted { get; set; }

    public bool HasCallbackButton(string data)
    {
        if (InlineKeyboard is not { } markup || !markup.TryGetProperty("inline_keyboard", out var rows) || rows.ValueKind != JsonValueKind.Array)
        {
            return false;
        }
        foreach (var row in rows.EnumerateArray())
        {
            if (row.ValueKind != JsonValueKind.Array)
            {
                continue;
            }
            foreach (var button in row.EnumerateArray())
            {
                if (button.ValueKind == JsonValueKind.Object
                    && button.TryGetProperty("callback_data", out var value)
                    && value.ValueKind == JsonValueKind.String
                    && value.GetString() == data)
                {
                    return true;
                }
            }
        }
        return false;
    }

    public JsonObject ToBotApiJson(BotIdentity bot)
    {
        var json = new JsonObject
        {
            ["message_id"] = MessageId,
            ["from"] = FromBot ? bot.ToUserJson() : ChatUser.ToUserJson(),
            ["chat"] = ChatUser.ToChatJson(),
            ["date"] = SentAt.ToUnixTimeSeconds(),
        };
        if (EditedAt is { } edited)
        {
            json["edit_date"] = edited.ToUnixTimeSeconds();
        }
        json.SetIfNotNull("text", Text);
        json.SetIfNotNull("entities", Entities.ToNode());
        json.SetIfNotNull("photo", Photo?.ToPhotoSizes());
        json.SetIfNotNull("caption", Caption);
        json.SetIfNotNull("caption_entities", CaptionEntities.ToNode());
        json.SetIfNotNull("invoice", Invoice?.ToBotApiJson());
        json.SetIfNotNull("contact", Contact?.ToBotApiJson());
        json.SetIfNotNull("successful_payment", Payment?.ToBotApiJson());
        json.SetIfNotNull("reply_markup", InlineKeyboard.ToNode());
        return json;
    }

    public ChatMessageView ToView() => new(
        MessageId,
        FromBot ? "bot" : "user",
        Text,
        Entities,
        Caption,
        CaptionEntities,
        Photo?.FileId,
        InlineKeyboard,
        ChatKeyboard,
        Invoice,
        Contact,
        Payment,
        SentAt.ToUnixTimeMilliseconds(),
        EditedAt?.ToUnixTimeMilliseconds(),
        Deleted);
}
