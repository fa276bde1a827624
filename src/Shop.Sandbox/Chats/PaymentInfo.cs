using System.Text.Json.Nodes;

namespace Shop.Sandbox.Chats;

/// <summary>The successful_payment a user's message carries once the bot approved the pre-checkout query.</summary>
internal sealed record PaymentInfo(
    string Currency,
    long TotalAmount,
    string InvoicePayload,
    string TelegramPaymentChargeId,
    string ProviderPaymentChargeId)
{
    public JsonObject ToBotApiJson() => new()
    {
        ["currency"] = Currency,
        ["total_amount"] = TotalAmount,
        ["invoice_payload"] = InvoicePayload,
        ["telegram_payment_charge_id"] = TelegramPaymentChargeId,
        ["provider_payment_charge_id"] = ProviderPaymentChargeId,
    };
}
