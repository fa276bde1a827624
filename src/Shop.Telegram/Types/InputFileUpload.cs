namespace Shop.Telegram;

/// <summary>File bytes to upload with a request instead of a file_id or URL.</summary>
public sealed record InputFileUpload(string FileName, byte[] Content);
