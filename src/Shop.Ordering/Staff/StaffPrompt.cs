namespace Shop.Ordering.Staff;

/// <summary>A member of staff was asked to write why they reject an order; their next text is the reason.</summary>
public sealed class StaffPrompt
{
    public long UserId { get; set; }

    public Guid OrderId { get; set; }

    public long ChatId { get; set; }

    public DateTimeOffset AskedAt { get; set; }
}
