namespace Shop.Access.Staff;

/// <summary>A member of staff pressed Reject on a request; their next text is the reason (or they press "No reason").</summary>
public sealed class StaffPrompt
{
    public long StaffId { get; set; }

    public long UserId { get; set; }

    public int RequestNumber { get; set; }

    public long ChatId { get; set; }

    public DateTimeOffset AskedAt { get; set; }
}
