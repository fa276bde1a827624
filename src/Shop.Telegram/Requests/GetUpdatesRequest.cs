using System.Text.Json.Serialization;

namespace Shop.Telegram;

/// <summary>getUpdates: long polling; <paramref name="Offset"/> past an update_id confirms everything before it.</summary>
/// <param name="Timeout">Long-poll seconds; the client adds them to its own request deadline.</param>
public sealed record GetUpdatesRequest(
    long? Offset = null,
    int? Limit = null,
    int? Timeout = null,
    IReadOnlyList<string>? AllowedUpdates = null) : IBotRequest<IReadOnlyList<Update>>
{
    [JsonIgnore]
    public string MethodName => "getUpdates";
}
