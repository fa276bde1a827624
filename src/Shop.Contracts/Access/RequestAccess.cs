using Shop.Contracts.Telegram;

namespace Shop.Contracts.Access;

/// <summary>A user asks to be let into a private shop, with an optional message to the owners (already checked for length).</summary>
public sealed record RequestAccess(long UserId, long ChatId, TelegramUser From, string? Message, DateTimeOffset RequestedAt);
