using Shop.Contracts.Access;

namespace Shop.Messaging;

/// <summary>Shop-wide settings (section <c>Shop</c>): who owns the shop and how it runs.</summary>
public sealed class ShopOptions
{
    public const string SectionName = "Shop";

    /// <summary>Comma-separated Telegram user ids of the owner and staff (<c>Shop__OwnerIds</c>).</summary>
    public string? OwnerIds { get; set; }

    /// <summary>True when the shop runs against the local Bot API sandbox (demo data is allowed then).</summary>
    public bool Sandbox { get; set; }

    /// <summary>
    /// A Telegram group of the staff (<c>Shop__AdminChatId</c>, usually negative): when set, staff alerts go there instead of
    /// to each owner's private chat.
    /// </summary>
    public long? AdminChatId { get; set; }

    /// <summary>Where staff alerts (new orders, access requests) are sent: the admin group, or else every owner.</summary>
    public IReadOnlyList<long> StaffChats => AdminChatId is { } group ? [group] : Owners.Order().ToList();

    /// <summary>
    /// <c>Open</c> (everyone may shop) or <c>ApprovalRequired</c> (only owners and approved users) (<c>Shop__AccessMode</c>).
    /// Only the first default: owners switch it with <c>/accessmode</c>, and the Access worker keeps their choice.
    /// </summary>
    public string AccessMode { get; set; } = nameof(Contracts.Access.AccessMode.Open);

    /// <summary>The language of staff alerts and screens: <c>en</c> (default) or <c>ru</c> (<c>Shop__StaffLanguage</c>).</summary>
    public string StaffLanguage { get; set; } = "en";

    public AccessMode InitialAccessMode => ParseAccessMode(AccessMode) ?? Contracts.Access.AccessMode.Open;

    public IReadOnlySet<long> Owners => ParseOwnerIds(OwnerIds) ?? new HashSet<long>();

    public bool IsOwner(long userId) => Owners.Contains(userId);

    /// <summary>Parses "1,2, 3"; null when any part is not a positive whole number.</summary>
    public static IReadOnlySet<long>? ParseOwnerIds(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var ids = new HashSet<long>();
        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!long.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) || id <= 0)
                return null;
            ids.Add(id);
        }
        return ids.Count == 0 ? null : ids;
    }

    /// <summary>Reads "Open" or "ApprovalRequired" in any case (and "approval" as a short form); null for anything else.</summary>
    public static AccessMode? ParseAccessMode(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "open" => Contracts.Access.AccessMode.Open,
        "approvalrequired" or "approval" => Contracts.Access.AccessMode.ApprovalRequired,
        _ => null,
    };
}
