namespace Shop.Contracts.Ordering;

/// <summary>Who receives the order and how: <paramref name="Address"/> is set for delivery only.</summary>
public sealed record OrderContact(string Name, string Phone, DeliveryMethod Delivery, string? Address, string? Comment);
