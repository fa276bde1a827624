using Shop.Testing;

namespace Shop.Bench.Scenarios;

/// <summary>What a virtual user sees of its chat: the bot's latest message and its buttons, kept up to date from events.</summary>
public sealed class ChatView
{
    public int? BotMessageId { get; private set; }

    public IReadOnlyList<string> Buttons { get; private set; } = [];

    /// <summary>How many updates this user has sent, for journeys that go step by step.</summary>
    public int Actions { get; set; }

    public void Apply(ChatEvent e)
    {
        switch (e.Kind)
        {
            case ChatEventKinds.Sent:
                BotMessageId = e.MessageId;
                Buttons = e.ButtonData;
                break;
            case ChatEventKinds.Edited when e.MessageId == BotMessageId:
                Buttons = e.ButtonData;
                break;
            case ChatEventKinds.Deleted when e.MessageId == BotMessageId:
                BotMessageId = null;
                Buttons = [];
                break;
        }
    }
}
