namespace Shop.Notifier.Consumers;

/// <summary>
/// No message is known under the tag an edit names: the send that makes one may still be in flight, so the edit is
/// tried again a few times (outside the chat's partition, so that send can run) before it goes to the error queue.
/// </summary>
public sealed class TaggedMessageNotSentYet(long chatId, string tag)
    : Exception($"No message has been sent to chat {chatId} under tag '{tag}' yet")
{
    public long ChatId { get; } = chatId;

    public string Tag { get; } = tag;
}
