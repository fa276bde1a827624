namespace Shop.Sandbox.Chats;

/// <summary>One line of an invoice, in the currency's smallest unit.</summary>
internal sealed record LabeledPriceInfo(string Label, long Amount);
