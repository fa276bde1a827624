namespace Shop.Telegram;

/// <summary>Values for parse_mode.</summary>
public static class ParseModes
{
    public const string Html = "HTML";
    public const string MarkdownV2 = "MarkdownV2";
}
