namespace Shop.Contracts.Telegram;

/// <summary>A user shared a contact card, usually their own phone number through the share-contact button.</summary>
public sealed record ContactShared(
    long UpdateId, long ChatId, int MessageId, TelegramUser From, string PhoneNumber, string FirstName, string? LastName,
    long? ContactUserId, DateTimeOffset SentAt);
