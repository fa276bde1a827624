namespace Shop.Ingress.Data;

/// <summary>
/// Who holds a user's conversation: their next text, photo, contact or <c>/cancel</c> goes to the queue
/// <see cref="Endpoint"/> (a conversation handler of the routing table). <see cref="Subject"/> is what the Ingress's own
/// handler needs (the customer a staff member is answering).
/// </summary>
public sealed class Conversation
{
    public const int MaxEndpointLength = 128;

    public long UserId { get; set; }

    public string Endpoint { get; set; } = "";

    public long? Subject { get; set; }

    public DateTimeOffset ClaimedAt { get; set; }
}
