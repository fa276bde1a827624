namespace Shop.Contracts.Telegram;

/// <summary>The Telegram user behind an update, as much of them as the shop needs.</summary>
public sealed record TelegramUser(long Id, string FirstName, string? LastName, string? Username, string? LanguageCode);
