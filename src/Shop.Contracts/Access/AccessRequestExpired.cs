namespace Shop.Contracts.Access;

/// <summary>The time to decide a request ran out (scheduled when it was filed).</summary>
public sealed record AccessRequestExpired(long UserId);
