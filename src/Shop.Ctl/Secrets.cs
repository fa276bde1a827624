using System.Text.RegularExpressions;

namespace Shop.Ctl;

/// <summary>Keeps passwords out of what shopctl prints: broker URIs carry them in their user info.</summary>
public static partial class Secrets
{
    public const string Mask = "***";

    /// <summary>The URI as text with its password (if any) replaced by <see cref="Mask"/>.</summary>
    public static string Redact(Uri uri)
    {
        var text = uri.ToString();
        return uri.UserInfo.Contains(':') ? RedactText(text) : text;
    }

    /// <summary>
    /// Masks the password of every <c>scheme://user:password@</c> in <paramref name="text"/>; exception messages from the
    /// client libraries may quote the URI they were given.
    /// </summary>
    public static string RedactText(string text) => UserInfoPassword().Replace(text, m => $"{m.Groups["prefix"].Value}{Mask}@");

    [GeneratedRegex(@"(?<prefix>[a-zA-Z][a-zA-Z0-9+.-]*://[^:/@\s]*:)[^@\s/]*@")]
    private static partial Regex UserInfoPassword();
}
