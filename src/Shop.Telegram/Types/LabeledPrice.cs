namespace Shop.Telegram;

/// <summary>One line of an invoice, in the currency's smallest unit.</summary>
public sealed record LabeledPrice(string Label, long Amount);
