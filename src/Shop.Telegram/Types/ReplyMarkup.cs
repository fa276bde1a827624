using System.Text.Json.Serialization;

namespace Shop.Telegram;

/// <summary>The reply_markup of an outgoing message: an inline keyboard, a reply keyboard, or the removal of one.</summary>
[JsonConverter(typeof(ReplyMarkupConverter))]
public abstract class ReplyMarkup
{
    // Only this assembly's three kinds exist in the Bot API; outside subclasses would serialize to something Telegram rejects.
    private protected ReplyMarkup()
    {
    }
}
