using System.Text.Json.Nodes;

namespace Shop.Sandbox.Chats;

/// <summary>The one size of a photo the sandbox keeps (Telegram sends several; one is spec-valid).</summary>
internal sealed record StoredPhoto(string FileId, string FileUniqueId, int Width, int Height, long? FileSize)
{
    public JsonArray ToPhotoSizes()
    {
        var size = new JsonObject
        {
            ["file_id"] = FileId,
            ["file_unique_id"] = FileUniqueId,
            ["width"] = Width,
            ["height"] = Height,
        };
        if (FileSize is { } bytes)
        {
            size["file_size"] = bytes;
        }
        return [size];
    }
}
