using Shop.Contracts.Telegram;

namespace Shop.Messaging.Routing;

/// <summary>
/// What a consumer of a user's update tells the Ingress through <see cref="UpdateTurnFilter"/>: that it claimed the user's
/// conversation, or that the update was not its to answer. Kept as a payload of the consume context.
/// </summary>
public sealed class UpdateTurn
{
    public bool Declined { get; set; }

    public ConversationClaimed? Claim { get; set; }
}
