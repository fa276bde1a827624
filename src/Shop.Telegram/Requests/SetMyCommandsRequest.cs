using System.Text.Json.Serialization;

namespace Shop.Telegram;

/// <summary>setMyCommands: the command menu, optionally for one language and one scope (e.g. an owner's chat).</summary>
public sealed record SetMyCommandsRequest(IReadOnlyList<BotCommand> Commands, string? LanguageCode = null, BotCommandScope? Scope = null)
    : IBotRequest<bool>
{
    [JsonIgnore]
    public string MethodName => "setMyCommands";
}
