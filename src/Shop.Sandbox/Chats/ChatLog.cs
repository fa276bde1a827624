namespace Shop.Sandbox.Chats;

/// <summary>A private chat: its messages (ids count from 1, shared by both sides) and the bot's events in it.</summary>
internal sealed class ChatLog(SandboxUser user)
{
    private readonly List<StoredMessage> _messages = [];
    private readonly List<ChatEvent> _events = [];

    public SandboxUser User { get; } = user;

    public IReadOnlyList<StoredMessage> Messages => _messages;

    public IReadOnlyList<ChatEvent> Events => _events;

    public StoredMessage Append(bool fromBot, DateTimeOffset at)
    {
        var message = new StoredMessage(User, _messages.Count + 1, fromBot, at);
        _messages.Add(message);
        return message;
    }

    public StoredMessage? Find(long messageId) =>
        messageId >= 1 && messageId <= _messages.Count ? _messages[(int)messageId - 1] : null;

    public void AddEvent(ChatEvent chatEvent) => _events.Add(chatEvent);

    public List<ChatEvent> EventsAfter(long seq)
    {
        // Events are appended in seq order, so scan back from the end.
        var start = _events.Count;
        while (start > 0 && _events[start - 1].Seq > seq)
        {
            start--;
        }
        return _events.GetRange(start, _events.Count - start);
    }
}
