using System.Text.Json.Serialization;

namespace Shop.Telegram;

/// <summary>A message, or (inside a callback query) an inaccessible message that only keeps its chat and id.</summary>
public sealed class Message
{
    public int MessageId { get; init; }

    public User? From { get; init; }

    public Chat Chat { get; init; } = new();

    /// <summary>Unix time; 0 marks an inaccessible message.</summary>
    public long Date { get; init; }

    public long? EditDate { get; init; }

    public string? Text { get; init; }

    public MessageEntity[]? Entities { get; init; }

    public string? Caption { get; init; }

    public MessageEntity[]? CaptionEntities { get; init; }

    public PhotoSize[]? Photo { get; init; }

    public Contact? Contact { get; init; }

    public Invoice? Invoice { get; init; }

    public SuccessfulPayment? SuccessfulPayment { get; init; }

    public InlineKeyboardMarkup? ReplyMarkup { get; init; }

    /// <summary>True for a message the bot can no longer see (Telegram sends it with date 0).</summary>
    [JsonIgnore]
    public bool IsInaccessible => Date == 0;

    /// <summary>The bot command the text starts with, lower-cased and without "/" or "@bot", whoever it is addressed to.</summary>
    [JsonIgnore]
    public string? Command => BotCommandParser.TryParse(Text, null, out var command, out _) ? command : null;

    /// <summary>Parses a leading bot command, rejecting one addressed to a bot other than <paramref name="botUsername"/>.</summary>
    public bool TryGetCommand(string? botUsername, out string command, out string args) =>
        BotCommandParser.TryParse(Text, botUsername, out command, out args);
}
