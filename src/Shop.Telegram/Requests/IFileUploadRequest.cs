namespace Shop.Telegram;

/// <summary>A request that can carry file bytes, which turns it into a multipart/form-data call.</summary>
internal interface IFileUploadRequest
{
    /// <summary>The parameter the file is sent as; its JSON value, if any, is left out of the form.</summary>
    string UploadFieldName { get; }

    InputFileUpload? Upload { get; }
}
