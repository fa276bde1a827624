using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Shop.Sandbox.Files;

/// <summary>Photos by file_id, for reuse in sendPhoto and for the web chat to show (GET /sandbox/files/{file_id}).</summary>
internal sealed class FileStore
{
    private readonly ConcurrentDictionary<string, StoredFile> _files = new(StringComparer.Ordinal);

    public StoredFile? Find(string fileId) => _files.GetValueOrDefault(fileId);

    public StoredFile AddBytes(byte[] content, int width, int height, string contentType) =>
        Add(new StoredFile(MintFileId(), MintUniqueId(), content, contentType, null, width, height));

    public StoredFile AddUrl(Uri url) =>
        // Telegram would download the picture; the sandbox has no internet, so it keeps the URL and guesses a size.
        Add(new StoredFile(MintFileId(), MintUniqueId(), null, "application/octet-stream", url, 800, 600));

    private StoredFile Add(StoredFile file)
    {
        _files[file.FileId] = file;
        return file;
    }

    // Real file ids are long opaque base64url strings; mimic that so clients do not assume a shape.
    private static string MintFileId() => "AgACAgIAAxk" + Base64Url(RandomNumberGenerator.GetBytes(36));

    private static string MintUniqueId() => "AQAD" + Base64Url(RandomNumberGenerator.GetBytes(9));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
