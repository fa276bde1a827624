namespace Shop.Contracts.Telegram;

/// <summary>
/// A worker's answer to the Ingress once it has handled a user's update and sent what the update caused, so the Ingress
/// may hand the user's next update on. <paramref name="Declined"/>: the update was not for it after all (a text while it
/// waits for nothing), and the Ingress's fallback answers it. <paramref name="Claim"/>: it now waits for the user's next input.
/// </summary>
public sealed record UpdateHandled(bool Declined = false, ConversationClaimed? Claim = null);
