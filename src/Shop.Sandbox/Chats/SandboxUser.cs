using System.Text.Json.Nodes;

namespace Shop.Sandbox.Chats;

/// <summary>A simulated Telegram user; their private chat with the bot has the same id.</summary>
internal sealed class SandboxUser(long id, string firstName, string? lastName, string? username, string? languageCode)
{
    public long Id { get; } = id;

    public string FirstName { get; } = firstName;

    public string? LastName { get; } = lastName;

    public string? Username { get; } = username;

    public string? LanguageCode { get; } = languageCode;

    /// <summary>Changed only under the chat store's lock.</summary>
    public bool BlockedBot { get; set; }

    public JsonObject ToUserJson()
    {
        var json = new JsonObject { ["id"] = Id, ["is_bot"] = false, ["first_name"] = FirstName };
        json.SetIfNotNull("last_name", LastName);
        json.SetIfNotNull("username", Username);
        json.SetIfNotNull("language_code", LanguageCode);
        return json;
    }

    public JsonObject ToChatJson()
    {
        var json = new JsonObject { ["id"] = Id, ["type"] = "private", ["first_name"] = FirstName };
        json.SetIfNotNull("last_name", LastName);
        json.SetIfNotNull("username", Username);
        return json;
    }
}
