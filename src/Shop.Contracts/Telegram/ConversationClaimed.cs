namespace Shop.Contracts.Telegram;

/// <summary>
/// A worker asked the user for input: their next text, photo, contact or <c>/cancel</c> goes to the consumer whose queue is
/// <paramref name="Endpoint"/> (one of the routing table's conversation handlers). The Ingress records it; of two claims
/// the later one holds.
/// </summary>
public sealed record ConversationClaimed(long UserId, string Endpoint, DateTimeOffset ClaimedAt);
