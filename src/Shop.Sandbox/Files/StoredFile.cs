namespace Shop.Sandbox.Files;

/// <summary>A file the sandbox knows by file_id: uploaded bytes, or a URL the bot gave instead of bytes.</summary>
internal sealed record StoredFile(string FileId, string FileUniqueId, byte[]? Content, string ContentType, Uri? Url, int Width, int Height);
