using Shop.Contracts.Telegram;

namespace Shop.Contracts.Ordering;

/// <summary>
/// The customer pressed Checkout (Cart worker): a snapshot of what they can buy now, in one currency.
/// <paramref name="CheckoutId"/> becomes the order's id if they confirm; <paramref name="MessageId"/> is the message to show the checkout in.
/// </summary>
public sealed record CheckoutRequested(
    Guid CheckoutId, long ChatId, int? MessageId, TelegramUser Customer, string Currency, IReadOnlyList<OrderLine> Lines,
    DateTimeOffset RequestedAt);
