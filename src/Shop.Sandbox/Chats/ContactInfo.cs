using System.Text.Json.Nodes;

namespace Shop.Sandbox.Chats;

/// <summary>A contact a user shared with the bot.</summary>
internal sealed record ContactInfo(string PhoneNumber, string FirstName, string? LastName, long? UserId)
{
    public JsonObject ToBotApiJson()
    {
        var json = new JsonObject { ["phone_number"] = PhoneNumber, ["first_name"] = FirstName };
        json.SetIfNotNull("last_name", LastName);
        if (UserId is { } id)
        {
            json["user_id"] = id;
        }
        return json;
    }
}
