using Shop.Contracts.Ordering;

namespace Shop.Ordering.Checkout;

/// <summary>
/// A customer's checkout draft, one per customer: what they are buying (a snapshot from the cart), the details given so
/// far and the step they are on. Once submitted it keeps its order number, so a repeated confirmation is recognised.
/// </summary>
public sealed class CheckoutDraft
{
    public long UserId { get; set; }

    /// <summary>Becomes the order's id when confirmed, so one checkout can only ever make one order.</summary>
    public Guid CheckoutId { get; set; }

    public long ChatId { get; set; }

    /// <summary>The bot message the wizard was last shown in, when known; a view sent as a new message has no id here yet.</summary>
    public int? MessageId { get; set; }

    public string Language { get; set; } = "en";

    /// <summary>The customer's Telegram name (first and last), for the order and the "use my Telegram name" button.</summary>
    public string CustomerName { get; set; } = "";

    public string? CustomerUsername { get; set; }

    public string Currency { get; set; } = "";

    public List<OrderLine> Lines { get; set; } = [];

    public CheckoutStep Step { get; set; }

    /// <summary>When the current step asked for text; null when no text is awaited (a button step, or another worker claimed the next text).</summary>
    public DateTimeOffset? AwaitingTextSince { get; set; }

    /// <summary>The share-phone reply keyboard is on the customer's screen: the next message sent takes it away.</summary>
    public bool ReplyKeyboardShown { get; set; }

    public string? Name { get; set; }

    public string? Phone { get; set; }

    public DeliveryMethod? Delivery { get; set; }

    public string? Address { get; set; }

    public string? Comment { get; set; }

    public int? OrderNumber { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public long TotalMinor => Lines.Sum(line => line.UnitPriceMinor * line.Quantity);

    public int Units => Lines.Sum(line => line.Quantity);

    public bool IsSubmitted => SubmittedAt is not null;
}
