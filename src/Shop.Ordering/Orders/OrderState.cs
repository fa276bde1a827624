using MassTransit;
using Shop.Contracts.Ordering;

namespace Shop.Ordering.Orders;

/// <summary>One order: what was bought (a snapshot), by whom, where it goes, where it stands and how it got there.</summary>
public sealed class OrderState : SagaStateMachineInstance
{
    /// <summary>The order's id: the checkout's id, so one confirmation can only ever make this one order.</summary>
    public Guid CorrelationId { get; set; }

    public string CurrentState { get; set; } = "";

    /// <summary>The short number people use (#1042).</summary>
    public int Number { get; set; }

    public long CustomerId { get; set; }

    public long ChatId { get; set; }

    public string CustomerName { get; set; } = "";

    public string? CustomerUsername { get; set; }

    public string Language { get; set; } = "en";

    public string Currency { get; set; } = "";

    public long TotalMinor { get; set; }

    public List<OrderLine> Lines { get; set; } = [];

    public string ContactName { get; set; } = "";

    public string Phone { get; set; } = "";

    public DeliveryMethod Delivery { get; set; }

    public string? Address { get; set; }

    public string? Comment { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public DateTimeOffset? PlacedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The staff member who last moved the order on, shown on every staff alert.</summary>
    public string? HandledBy { get; set; }

    /// <summary>Why it was cancelled, or which lines were short when it could not be placed.</summary>
    public string? Reason { get; set; }

    /// <summary>The chats that got the new-order alert; each alert is updated on every change.</summary>
    public List<long> AlertChats { get; set; } = [];

    /// <summary>Every change of status: from, to, who, when, why.</summary>
    public List<OrderTransition> History { get; set; } = [];

    public Guid? AcceptanceTimeoutTokenId { get; set; }

    public OrderContact Contact => new(ContactName, Phone, Delivery, Address, Comment);
}
