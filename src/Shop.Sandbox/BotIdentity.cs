using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Shop.Sandbox;

/// <summary>The bot user that the sandbox plays, derived from the configured token.</summary>
internal sealed class BotIdentity(IOptions<SandboxOptions> options)
{
    public string Token => options.Value.BotToken;

    public long Id => options.Value.BotId;

    public string Username => options.Value.BotUsername;

    public string FirstName => options.Value.BotFirstName;

    public JsonObject ToUserJson() => new()
    {
        ["id"] = Id,
        ["is_bot"] = true,
        ["first_name"] = FirstName,
        ["username"] = Username,
    };
}
