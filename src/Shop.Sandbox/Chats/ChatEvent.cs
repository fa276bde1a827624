using System.Text.Json;
using System.Text.Json.Serialization;

namespace Shop.Sandbox.Chats;

/// <summary>Something the bot did in a chat; tests and the benchmark wait on these instead of sleeping.</summary>
internal sealed record ChatEvent(
    long Seq,
    string Kind,
    [property: JsonIgnore] long ChatId,
    int? MessageId,
    string? Text,
    string? Caption,
    string? PhotoFileId,
    JsonElement? ReplyMarkup,
    string? CallbackQueryId,
    bool? ShowAlert,
    long AtMs);
