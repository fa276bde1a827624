using System.Text.Json.Serialization;

namespace Shop.Telegram;

/// <summary>A Bot API call: the record's properties are the method's parameters.</summary>
public interface IBotRequest
{
    /// <summary>The Bot API method, e.g. "sendMessage".</summary>
    [JsonIgnore]
    string MethodName { get; }
}
