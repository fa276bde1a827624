using System.Text.Json.Serialization;

namespace Shop.Telegram;

/// <summary>sendPhoto: a photo by file_id or URL in <paramref name="Photo"/>, or uploaded from <paramref name="Upload"/>.</summary>
/// <param name="Upload">When set, the bytes are sent as the photo in a multipart/form-data request and <paramref name="Photo"/> is ignored.</param>
public sealed record SendPhotoRequest(
    long ChatId,
    string Photo,
    string? Caption = null,
    string? ParseMode = null,
    ReplyMarkup? ReplyMarkup = null,
    [property: JsonIgnore] InputFileUpload? Upload = null) : IBotRequest<Message>, IFileUploadRequest
{
    [JsonIgnore]
    public string MethodName => "sendPhoto";

    string IFileUploadRequest.UploadFieldName => "photo";
}
