namespace Shop.Telegram;

/// <summary>A command shown in the client's menu: name (1-32 of a-z, 0-9, _) without "/" and a description.</summary>
public sealed record BotCommand(string Command, string Description);
