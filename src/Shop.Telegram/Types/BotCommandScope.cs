namespace Shop.Telegram;

/// <summary>Which users a command menu is for: <c>default</c>, or one chat (<c>chat</c> with its id).</summary>
public sealed record BotCommandScope(string Type, long? ChatId = null)
{
    public static BotCommandScope Chat(long chatId) => new("chat", chatId);
}
