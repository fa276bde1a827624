namespace Shop.Notifier.Sending;

/// <summary>Telegram rejected a request as wrong (400): retrying cannot help, so it goes straight to the error queue.</summary>
public sealed class TelegramCallFailedPermanently(string message, Exception inner) : Exception(message, inner);
