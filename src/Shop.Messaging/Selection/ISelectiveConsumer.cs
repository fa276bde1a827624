namespace Shop.Messaging.Selection;

/// <summary>
/// A consumer that acts on only some of the messages of its type (a button prefix, a command name), and can tell which from
/// the message alone. The others are acknowledged on arrival, before the outbox opens a transaction for them: every worker
/// gets every button press and command, and most are for someone else. The consumer still checks for itself
/// (<c>if (!Wants(message)) return;</c>), so it is right on any endpoint.
/// </summary>
public interface ISelectiveConsumer<TMessage> where TMessage : class
{
    static abstract bool Wants(TMessage message);
}
