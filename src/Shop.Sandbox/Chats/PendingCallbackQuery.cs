namespace Shop.Sandbox.Chats;

/// <summary>A button press waiting for answerCallbackQuery.</summary>
internal sealed class PendingCallbackQuery(string id, long chatId, int messageId, DateTimeOffset expiresAt)
{
    public string Id { get; } = id;

    public long ChatId { get; } = chatId;

    public int MessageId { get; } = messageId;

    public DateTimeOffset ExpiresAt { get; } = expiresAt;

    public bool Answered { get; set; }
}
