using System.Text.Json.Serialization;

namespace Shop.Telegram;

/// <summary>setMyCommands: the command menu, optionally for one language.</summary>
public sealed record SetMyCommandsRequest(IReadOnlyList<BotCommand> Commands, string? LanguageCode = null) : IBotRequest<bool>
{
    [JsonIgnore]
    public string MethodName => "setMyCommands";
}
