namespace Shop.Contracts.Access;

/// <summary>An owner switched the shop between open and private; every gate follows at once.</summary>
public sealed record AccessModeChanged(AccessMode Mode, long ByUserId, DateTimeOffset At);
