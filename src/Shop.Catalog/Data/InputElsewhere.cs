namespace Shop.Catalog.Data;

/// <summary>
/// Another worker waits for this user's next text (it said so in a <c>TextInputClaimed</c>), so the catalog stays silent on
/// <c>/cancel</c> and lets that worker answer. Forgotten when the catalog asks the user something again.
/// </summary>
public sealed class InputElsewhere
{
    public const int MaxWorkerLength = 64;

    public long UserId { get; set; }

    public required string Worker { get; set; }

    public DateTimeOffset ClaimedAt { get; set; }
}
