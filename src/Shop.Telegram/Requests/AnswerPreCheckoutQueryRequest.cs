using System.Text.Json.Serialization;

namespace Shop.Telegram;

/// <summary>answerPreCheckoutQuery: accept a checkout, or refuse it with a message the user sees.</summary>
public sealed record AnswerPreCheckoutQueryRequest(
    string PreCheckoutQueryId,
    bool Ok,
    string? ErrorMessage = null) : IBotRequest<bool>
{
    [JsonIgnore]
    public string MethodName => "answerPreCheckoutQuery";
}
