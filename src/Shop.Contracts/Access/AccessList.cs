namespace Shop.Contracts.Access;

/// <summary>The shop's access mode and every user with access (owners have it anyway and are not listed).</summary>
public sealed record AccessList(AccessMode Mode, IReadOnlyList<long> AllowedUserIds);
