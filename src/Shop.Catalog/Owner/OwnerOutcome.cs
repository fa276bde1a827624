using Shop.Catalog.Data;
using Shop.Contracts.Telegram;

namespace Shop.Catalog.Owner;

/// <summary>
/// What an owner's action leads to: the reply to show (in place of the pressed message when <paramref name="InPlace"/>),
/// the product or category it changed (published in full), a toast or alert for a button press, and the claim on
/// the owner's next input when a step starts waiting for it.
/// </summary>
public sealed record OwnerOutcome(
    MessageContent? Reply, Product? Product = null, Category? Category = null, string? Toast = null, bool Alert = false, bool InPlace = false,
    ConversationClaimed? Claim = null);
