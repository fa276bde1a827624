namespace Shop.Contracts.Ordering;

/// <summary>The customer confirmed a checkout: starts the order's saga. Sent again for the same order, it changes nothing.</summary>
public sealed record SubmitOrder(
    Guid OrderId, int Number, long CustomerId, long ChatId, string CustomerName, string? CustomerUsername, string Language,
    string Currency, IReadOnlyList<OrderLine> Lines, OrderContact Contact, DateTimeOffset SubmittedAt);
