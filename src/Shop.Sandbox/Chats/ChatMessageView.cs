using System.Text.Json;

namespace Shop.Sandbox.Chats;

/// <summary>A message as the control API and the web chat see it (GET /sandbox/api/chats/{id}/messages).</summary>
internal sealed record ChatMessageView(
    int MessageId,
    string From,
    string? Text,
    JsonElement? Entities,
    string? Caption,
    JsonElement? CaptionEntities,
    string? PhotoFileId,
    JsonElement? ReplyMarkup,
    JsonElement? ChatKeyboard,
    InvoiceInfo? Invoice,
    ContactInfo? Contact,
    PaymentInfo? SuccessfulPayment,
    long DateMs,
    long? EditedMs,
    bool Deleted);
