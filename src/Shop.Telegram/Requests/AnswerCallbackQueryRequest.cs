using System.Text.Json.Serialization;

namespace Shop.Telegram;

/// <summary>answerCallbackQuery: stop the button's spinner, optionally with a toast (0-200 characters) or an alert.</summary>
public sealed record AnswerCallbackQueryRequest(
    string CallbackQueryId,
    string? Text = null,
    bool? ShowAlert = null,
    int? CacheTime = null) : IBotRequest<bool>
{
    [JsonIgnore]
    public string MethodName => "answerCallbackQuery";
}
