namespace Shop.Telegram;

/// <summary>Splits a message text that starts with a bot command ("/start@shop_bot payload") into command and arguments.</summary>
public static class BotCommandParser
{
    // Telegram's own limit for command names; anything longer is plain text to it and to us.
    private const int MaxCommandLength = 32;

    /// <param name="botUsername">This bot's username; commands addressed to another bot are rejected. Null accepts any addressee.</param>
    public static bool TryParse(string? text, string? botUsername, out string command, out string args)
    {
        command = "";
        args = "";
        if (string.IsNullOrEmpty(text) || text[0] != '/')
        {
            return false;
        }

        var tokenEnd = 1;
        while (tokenEnd < text.Length && !char.IsWhiteSpace(text[tokenEnd]))
        {
            tokenEnd++;
        }

        var token = text.AsSpan(1, tokenEnd - 1);
        var at = token.IndexOf('@');
        var name = at < 0 ? token : token[..at];
        if (name.IsEmpty || name.Length > MaxCommandLength || !IsCommandName(name))
        {
            return false;
        }

        if (at >= 0 && botUsername is not null
            && !token[(at + 1)..].Equals(botUsername.TrimStart('@'), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Clients keep the user's capitalisation ("/Start"); routing should not depend on it.
        command = name.ToString().ToLowerInvariant();
        args = text[tokenEnd..].Trim();
        return true;
    }

    private static bool IsCommandName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
