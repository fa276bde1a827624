namespace Shop.Telegram;

/// <summary>A change of someone's membership in a chat; as my_chat_member it tells that a user blocked or unblocked the bot.</summary>
public sealed class ChatMemberUpdated
{
    public Chat Chat { get; init; } = new();

    public User From { get; init; } = new();

    public long Date { get; init; }

    public ChatMember OldChatMember { get; init; } = new();

    public ChatMember NewChatMember { get; init; } = new();
}
