namespace Shop.Contracts.Telegram;

/// <summary>Telegram reports a completed payment for one of the shop's invoices.</summary>
public sealed record PaymentSucceeded(
    long UpdateId, long ChatId, TelegramUser From, string Currency, long TotalAmountMinor, string InvoicePayload,
    string TelegramPaymentChargeId, string ProviderPaymentChargeId);
