namespace Shop.Contracts.Access;

/// <summary>A user may use the shop from now on (approved, or granted by an owner); <paramref name="ByUserId"/> is who decided.</summary>
public sealed record AccessGranted(long UserId, long ByUserId, DateTimeOffset At);
