using System.Text.Json.Nodes;
using Shop.Sandbox.Chats;
using Shop.Sandbox.Files;
using Shop.Sandbox.Updates;

namespace Shop.Sandbox.Control;

/// <summary>Acts as Telegram users: each action changes the chat and emits the update Telegram would send the bot.</summary>
internal sealed class UserSimulator(ChatStore chats, UpdateQueue updates, FileStore files, TimeProvider time)
{
    public SentMessageResponse SendMessage(long userId, SendMessageRequest request)
    {
        var kinds = (request.Text is null ? 0 : 1) + (request.PhotoBase64 is null ? 0 : 1) + (request.Contact is null ? 0 : 1);
        if (kinds != 1)
        {
            throw ControlApiException.BadRequest("give exactly one of text, photo_base64 or contact");
        }
        if (request.Text is not null && string.IsNullOrWhiteSpace(request.Text))
        {
            throw ControlApiException.BadRequest("text must not be empty");
        }
        var user = chats.FindUser(userId) ?? throw ControlApiException.NotFound($"user {userId} not found");
        var photo = request.PhotoBase64 is { } base64 ? StorePhoto(base64) : null;
        var contact = request.Contact is { } c ? ToContact(c, user) : null;
        var (message, stored) = chats.AddUserMessage(userId, m =>
        {
            m.Text = request.Text;
            m.Entities = request.Text is { } text ? CommandEntity(text) : null;
            m.Photo = photo;
            m.Caption = photo is null || string.IsNullOrEmpty(request.Caption) ? null : request.Caption;
            m.Contact = contact;
        });
        var updateId = updates.Enqueue("message", message);
        return new SentMessageResponse(updateId, stored.MessageId, stored.SentAt.ToUnixTimeMilliseconds());
    }

    public PressResponse Press(long userId, PressRequest request)
    {
        if (string.IsNullOrEmpty(request.CallbackData) && !request.Force)
        {
            throw ControlApiException.BadRequest("callback_data is required");
        }
        var (query, id) = chats.Press(userId, request.MessageId, request.CallbackData ?? "", request.Force);
        var updateId = updates.Enqueue("callback_query", query);
        return new PressResponse(updateId, id, time.GetUtcNow().ToUnixTimeMilliseconds());
    }

    public PayResponse Pay(long userId, PayRequest request)
    {
        var (query, id) = chats.Pay(userId, request.MessageId);
        var updateId = updates.Enqueue("pre_checkout_query", query);
        return new PayResponse(updateId, id, time.GetUtcNow().ToUnixTimeMilliseconds());
    }

    public UpdateIdResponse SetBlocked(long userId, bool blocked)
    {
        var change = chats.SetBlocked(userId, blocked);
        var updateId = change is null ? null : updates.Enqueue("my_chat_member", change);
        return new UpdateIdResponse(updateId, time.GetUtcNow().ToUnixTimeMilliseconds());
    }

    private StoredPhoto StorePhoto(string base64)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw ControlApiException.BadRequest("photo_base64 is not valid base64");
        }
        if (bytes.Length == 0)
        {
            throw ControlApiException.BadRequest("photo_base64 is empty");
        }
        // Be lenient with what tests upload: an unknown format still becomes a photo of a plausible size.
        var (width, height, contentType) = ImageSize.Detect(bytes) ?? (640, 480, "application/octet-stream");
        var file = files.AddBytes(bytes, width, height, contentType);
        return new StoredPhoto(file.FileId, file.FileUniqueId, width, height, bytes.LongLength);
    }

    private static ContactInfo ToContact(ContactRequest contact, SandboxUser user)
    {
        if (string.IsNullOrWhiteSpace(contact.PhoneNumber))
        {
            throw ControlApiException.BadRequest("contact.phone_number is required");
        }
        return contact.FirstName is null || contact.FirstName == user.FirstName
            ? new ContactInfo(contact.PhoneNumber, user.FirstName, contact.LastName ?? user.LastName, user.Id)
            : new ContactInfo(contact.PhoneNumber, contact.FirstName, contact.LastName, null);
    }

    /// <summary>Telegram marks a leading /command (with an optional @botname) as a bot_command entity.</summary>
    private static System.Text.Json.JsonElement? CommandEntity(string text)
    {
        if (!text.StartsWith('/') || text.Length < 2 || char.IsWhiteSpace(text[1]))
        {
            return null;
        }
        var end = text.AsSpan().IndexOfAny([' ', '\n', '\t', '\r']);
        var length = end < 0 ? text.Length : end;
        return new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = length }).ToElement();
    }
}
