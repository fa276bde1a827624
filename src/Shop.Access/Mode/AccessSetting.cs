using Shop.Contracts.Access;

namespace Shop.Access.Mode;

/// <summary>The owners' choice of access mode (one row); until an owner chooses, <c>Shop__AccessMode</c> applies.</summary>
public sealed class AccessSetting
{
    public const int SingleId = 1;

    public int Id { get; set; } = SingleId;

    public AccessMode Mode { get; set; }

    public long ChangedBy { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
