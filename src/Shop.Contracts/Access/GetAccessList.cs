namespace Shop.Contracts.Access;

/// <summary>Asks the Access worker for the whole picture of who may use the shop; answered with <see cref="AccessList"/>.</summary>
public sealed record GetAccessList(DateTimeOffset AskedAt);
