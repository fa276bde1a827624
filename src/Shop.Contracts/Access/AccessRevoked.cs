namespace Shop.Contracts.Access;

/// <summary>A user who had access has it no more; <paramref name="ByUserId"/> is the owner who took it away.</summary>
public sealed record AccessRevoked(long UserId, long ByUserId, DateTimeOffset At);
