namespace Shop.Telegram;

/// <summary>How the bot receives updates from Telegram.</summary>
public enum UpdateMode
{
    Polling,
    Webhook,
}
