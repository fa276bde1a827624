using Shop.Contracts.Ordering;

namespace Shop.Ordering;

/// <summary>How the shop takes orders (section <c>Ordering</c>).</summary>
public sealed class OrderingOptions
{
    public const string SectionName = "Ordering";

    /// <summary>How long staff have to accept a new order before it is cancelled and its stock released (<c>Ordering__AcceptanceTimeout</c>).</summary>
    public TimeSpan AcceptanceTimeout { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The ways customers may get their goods, comma-separated: <c>Delivery</c>, <c>Pickup</c> or both (<c>Ordering__DeliveryMethods</c>).</summary>
    public string DeliveryMethods { get; set; } = "Delivery,Pickup";

    /// <summary>Where pickup orders are collected, shown to the customer (<c>Ordering__PickupAddress</c>).</summary>
    public string? PickupAddress { get; set; }

    /// <summary>
    /// The language of the order alerts and staff screens, <c>en</c> or <c>ru</c> (<c>Ordering__StaffLanguage</c>, kept from
    /// before <c>Shop__StaffLanguage</c>, which it defaults to).
    /// </summary>
    public string? StaffLanguage { get; set; }

    public IReadOnlyList<DeliveryMethod> Methods => ParseMethods(DeliveryMethods) ?? [];

    /// <summary>Parses "Delivery, Pickup"; null when empty or when a part is not a method.</summary>
    public static IReadOnlyList<DeliveryMethod>? ParseMethods(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var methods = new List<DeliveryMethod>();
        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Enum.TryParse<DeliveryMethod>(part, ignoreCase: true, out var method) || !Enum.IsDefined(method)) return null;
            if (!methods.Contains(method)) methods.Add(method);
        }
        return methods.Count == 0 ? null : methods;
    }
}
