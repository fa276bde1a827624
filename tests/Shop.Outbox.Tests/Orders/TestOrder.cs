namespace Shop.Outbox.Tests.Orders;

/// <summary>The row the test consumer inserts: its primary key makes a second insert of one order fail loudly.</summary>
public sealed class TestOrder
{
    public Guid Id { get; set; }

    public required string Item { get; set; }

    public DateTimeOffset PlacedAt { get; set; }
}
