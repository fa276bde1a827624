namespace Shop.Sandbox.Chats;

/// <summary>A payment the user confirmed, waiting for answerPreCheckoutQuery.</summary>
internal sealed class PendingPreCheckout(string id, long chatId, InvoiceInfo invoice, DateTimeOffset expiresAt)
{
    public string Id { get; } = id;

    public long ChatId { get; } = chatId;

    public InvoiceInfo Invoice { get; } = invoice;

    public DateTimeOffset ExpiresAt { get; } = expiresAt;

    public bool Answered { get; set; }
}
