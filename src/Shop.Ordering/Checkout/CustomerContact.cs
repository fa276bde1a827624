using Shop.Contracts.Ordering;

namespace Shop.Ordering.Checkout;

/// <summary>The contact details of a customer's last order, offered at the next checkout so they can skip straight to confirming.</summary>
public sealed class CustomerContact
{
    public long UserId { get; set; }

    public string Name { get; set; } = "";

    public string Phone { get; set; } = "";

    public DeliveryMethod Delivery { get; set; }

    public string? Address { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
