using System.Globalization;

namespace Shop.Sandbox.Tests;

/// <summary>A real (tiny) PNG, so the sandbox can read its size like Telegram would.</summary>
internal static class TestImages
{
    // 3x2 PNG.
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAEElEQVR4nGP4z8AAQQxwFgBB0gX7h/C5SAAAAABJRU5ErkJggg==");

    public static MultipartFormDataContent Upload(long chatId, string? caption = null)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(chatId.ToString(CultureInfo.InvariantCulture)), "chat_id" },
            { new ByteArrayContent(Png), "photo", "tea.png" },
        };
        if (caption is not null)
        {
            content.Add(new StringContent(caption), "caption");
        }
        return content;
    }
}
