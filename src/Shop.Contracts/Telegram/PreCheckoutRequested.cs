namespace Shop.Contracts.Telegram;

/// <summary>Telegram asks the shop to confirm a payment before charging; it must be answered within seconds.</summary>
public sealed record PreCheckoutRequested(
    long UpdateId, string PreCheckoutQueryId, TelegramUser From, string Currency, long TotalAmountMinor, string InvoicePayload);
