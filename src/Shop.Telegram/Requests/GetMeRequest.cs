using System.Text.Json.Serialization;

namespace Shop.Telegram;

/// <summary>getMe: the bot's own user, a cheap check that the token works.</summary>
public sealed record GetMeRequest : IBotRequest<User>
{
    [JsonIgnore]
    public string MethodName => "getMe";
}
