using System.Text.Json.Nodes;

namespace Shop.Sandbox.Chats;

/// <summary>What sendInvoice asked for; the payload and prices are kept for the pre-checkout query and the control API.</summary>
internal sealed record InvoiceInfo(
    string Title,
    string Description,
    string StartParameter,
    string Currency,
    long TotalAmount,
    string Payload,
    IReadOnlyList<LabeledPriceInfo> Prices)
{
    public JsonObject ToBotApiJson() => new()
    {
        ["title"] = Title,
        ["description"] = Description,
        ["start_parameter"] = StartParameter,
        ["currency"] = Currency,
        ["total_amount"] = TotalAmount,
    };
}
