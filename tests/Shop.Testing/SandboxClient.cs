using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Shop.Testing;

/// <summary>Drives the sandbox's control API as a Telegram user would: write, press buttons, read what the bot sent.</summary>
public sealed class SandboxClient(HttpClient http)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public HttpClient Http => http;

    public async Task<SandboxUser> CreateUserAsync(string firstName, string? languageCode = "en", long? id = null, string? username = null)
    {
        var response = await http.PostAsJsonAsync("sandbox/api/users",
            new { id, first_name = firstName, username, language_code = languageCode }, Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SandboxUser>(Json))!;
    }

    public async Task<SentUpdate> SendTextAsync(long userId, string text)
    {
        var response = await http.PostAsJsonAsync($"sandbox/api/users/{userId}/messages", new { text }, Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SentUpdate>(Json))!;
    }

    public async Task<SentUpdate> SendPhotoAsync(long userId, byte[] image, string? caption = null)
    {
        var response = await http.PostAsJsonAsync($"sandbox/api/users/{userId}/messages",
            new { photo_base64 = Convert.ToBase64String(image), caption }, Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SentUpdate>(Json))!;
    }

    /// <summary>The user shares a contact card, as the share-contact button of a reply keyboard does (first name defaults to the user's own).</summary>
    public async Task<SentUpdate> ShareContactAsync(long userId, string phone, string? firstName = null, string? lastName = null)
    {
        var response = await http.PostAsJsonAsync($"sandbox/api/users/{userId}/messages",
            new { contact = new { phone_number = phone, first_name = firstName, last_name = lastName } }, Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SentUpdate>(Json))!;
    }

    public async Task<HttpResponseMessage> PressAsync(long userId, int messageId, string callbackData, bool force = false) =>
        await http.PostAsJsonAsync($"sandbox/api/users/{userId}/press", new { message_id = messageId, callback_data = callbackData, force }, Json);

    public async Task RedeliverAsync(long updateId) =>
        (await http.PostAsync($"sandbox/api/updates/{updateId}/redeliver", null)).EnsureSuccessStatusCode();

    public async Task<IReadOnlyList<ChatMessage>> GetMessagesAsync(long chatId)
    {
        var page = await http.GetFromJsonAsync<MessagesPage>($"sandbox/api/chats/{chatId}/messages", Json);
        return page!.Messages;
    }

    /// <summary>
    /// The reply keyboard the user sees now, as the web chat shows it: the one the bot set last on a message still in the
    /// chat; null when there is none or the bot took it away (<c>remove_keyboard</c>).
    /// </summary>
    public async Task<JsonElement?> GetReplyKeyboardAsync(long chatId)
    {
        var markup = (await GetMessagesAsync(chatId)).LastOrDefault(m => m is { From: "bot", Deleted: false, ChatKeyboard: not null })?.ChatKeyboard;
        return markup is { } m && m.TryGetProperty("keyboard", out _) ? m : null;
    }

    public async Task<EventsPage> GetEventsAsync(long chatId, long after, int timeoutSeconds)
    {
        var page = await http.GetFromJsonAsync<EventsPage>($"sandbox/api/chats/{chatId}/events?after={after}&timeout={timeoutSeconds}", Json);
        return page!;
    }

    /// <summary>
    /// Waits for the bot to do something in the chat that matches; fails after <paramref name="patience"/> so a broken
    /// journey fails the test instead of hanging it (a bound, not a speed assertion).
    /// </summary>
    public async Task<ChatEvent> WaitForAsync(long chatId, Func<ChatEvent, bool> match, long after = 0, TimeSpan? patience = null)
    {
        var deadline = DateTime.UtcNow + (patience ?? TimeSpan.FromSeconds(60));
        var seen = new List<ChatEvent>();
        while (DateTime.UtcNow < deadline)
        {
            var page = await GetEventsAsync(chatId, after, 5);
            foreach (var e in page.Events)
            {
                seen.Add(e);
                if (match(e)) return e;
            }
            after = Math.Max(after, page.LastSeq);
        }
        throw new TimeoutException($"The bot did not do the expected thing in chat {chatId}. It did: " +
            string.Join(" | ", seen.Select(e => $"{e.Kind} #{e.MessageId}: {e.Text ?? e.Caption}")));
    }
}

public sealed record SandboxUser(long Id, string FirstName, string? LastName, string? Username, string? LanguageCode);

public sealed record SentUpdate(long UpdateId, int MessageId, long DateMs);

public sealed record MessagesPage(IReadOnlyList<ChatMessage> Messages);

public sealed record ChatMessage(int MessageId, string From, string? Text, string? Caption, string? PhotoFileId,
    JsonElement? ReplyMarkup, long DateMs, long? EditedMs, bool Deleted, JsonElement? ChatKeyboard = null)
{
    public IReadOnlyList<string> ButtonData => Buttons.ReadCallbackData(ReplyMarkup);
}

public sealed record EventsPage(IReadOnlyList<ChatEvent> Events, long LastSeq);

public sealed record ChatEvent(long Seq, string Kind, int? MessageId, string? Text, string? Caption, string? PhotoFileId,
    JsonElement? ReplyMarkup, string? CallbackQueryId, bool? ShowAlert, long AtMs)
{
    public IReadOnlyList<string> ButtonData => Buttons.ReadCallbackData(ReplyMarkup);
}
