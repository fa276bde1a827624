using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Shop.Sandbox.BotApi;
using Shop.Sandbox.Control;

namespace Shop.Sandbox.Chats;

/// <summary>
/// The sandbox's world: users, their chats with the bot, pending queries and the bot's events.
/// One lock keeps message ids, event order and checks such as "not modified" consistent under concurrent calls.
/// </summary>
internal sealed class ChatStore(BotIdentity bot, TimeProvider time, IOptions<SandboxOptions> options)
{
    private const string QueryTooOld = "query is too old and response timeout expired or query ID is invalid";

    private readonly Lock _gate = new();
    private readonly Dictionary<long, ChatLog> _chats = [];
    private readonly Dictionary<string, PendingCallbackQuery> _callbackQueries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PendingPreCheckout> _preCheckouts = new(StringComparer.Ordinal);
    private readonly ChangeSignal _eventsChanged = new();
    private long _nextUserId = 1_000_000;
    private long _lastSeq;

    public SandboxUser AddUser(long? id, string firstName, string? lastName, string? username, string? languageCode)
    {
        if (string.IsNullOrWhiteSpace(firstName))
        {
            throw ControlApiException.BadRequest("first_name is required");
        }
        if (id is <= 0 || id == bot.Id)
        {
            throw ControlApiException.BadRequest("id must be positive and not the bot's id");
        }
        lock (_gate)
        {
            if (id is { } wanted && _chats.TryGetValue(wanted, out var existing))
            {
                return existing.User;
            }
            var newId = id ?? NextFreeUserId();
            var user = new SandboxUser(newId, firstName, lastName, username, languageCode);
            _chats.Add(newId, new ChatLog(user));
            return user;
        }
    }

    public IReadOnlyList<SandboxUser> Users()
    {
        lock (_gate)
        {
            return _chats.Values.Select(c => c.User).OrderBy(u => u.Id).ToList();
        }
    }

    public SandboxUser? FindUser(long id)
    {
        lock (_gate)
        {
            return _chats.TryGetValue(id, out var chat) ? chat.User : null;
        }
    }

    public JsonObject SendBotMessage(long chatId, DateTimeOffset acceptedAt, Action admit, Action<StoredMessage> fill)
    {
        lock (_gate)
        {
            var chat = RequireReachableChat(chatId);
            admit();
            var message = chat.Append(fromBot: true, acceptedAt);
            fill(message);
            AddEvent(chat, "sent", message, acceptedAt);
            return message.ToBotApiJson(bot);
        }
    }

    public JsonObject EditBotMessage(long chatId, long messageId, DateTimeOffset acceptedAt, Action admit, Action<StoredMessage> edit)
    {
        lock (_gate)
        {
            var chat = RequireReachableChat(chatId);
            var message = chat.Find(messageId);
            if (message is null || message.Deleted)
            {
                throw BotApiException.BadRequest("message to edit not found");
            }
            if (!message.FromBot)
            {
                throw BotApiException.BadRequest("message can't be edited");
            }
            admit();
            edit(message);
            message.EditedAt = acceptedAt;
            AddEvent(chat, "edited", message, acceptedAt);
            return message.ToBotApiJson(bot);
        }
    }

    public void DeleteMessage(long chatId, long messageId, DateTimeOffset acceptedAt)
    {
        lock (_gate)
        {
            var chat = RequireChat(chatId);
            var message = chat.Find(messageId);
            if (message is null || message.Deleted)
            {
                throw BotApiException.BadRequest("message to delete not found");
            }
            message.Deleted = true;
            AddEvent(chat, "deleted", message, acceptedAt);
        }
    }

    public void AnswerCallbackQuery(string queryId, string? text, bool showAlert, DateTimeOffset acceptedAt)
    {
        lock (_gate)
        {
            if (!_callbackQueries.TryGetValue(queryId, out var query) || query.Answered || acceptedAt > query.ExpiresAt)
            {
                throw BotApiException.BadRequest(QueryTooOld);
            }
            query.Answered = true;
            var chat = _chats[query.ChatId];
            AddEvent(chat, new ChatEvent(++_lastSeq, "callback_answered", chat.User.Id, query.MessageId, text, null, null, null,
                query.Id, showAlert, acceptedAt.ToUnixTimeMilliseconds()));
        }
    }

    /// <summary>Answers a pre-checkout query; when approved, returns the user's message carrying successful_payment.</summary>
    public JsonObject? AnswerPreCheckoutQuery(string queryId, bool ok, DateTimeOffset acceptedAt)
    {
        lock (_gate)
        {
            if (!_preCheckouts.TryGetValue(queryId, out var query) || query.Answered || acceptedAt > query.ExpiresAt)
            {
                throw BotApiException.BadRequest(QueryTooOld);
            }
            query.Answered = true;
            if (!ok)
            {
                return null;
            }
            var chat = _chats[query.ChatId];
            var message = chat.Append(fromBot: false, time.GetUtcNow());
            var invoice = query.Invoice;
            message.Payment = new PaymentInfo(invoice.Currency, invoice.TotalAmount, invoice.Payload,
                "sandbox_" + RandomDigits(), invoice.Currency == "XTR" ? "" : "sandbox_provider_" + RandomDigits());
            return message.ToBotApiJson(bot);
        }
    }

    /// <summary>Adds a message the user typed; returns it as the Bot API shows it.</summary>
    public (JsonObject Message, StoredMessage Stored) AddUserMessage(long userId, Action<StoredMessage> fill)
    {
        lock (_gate)
        {
            var chat = RequireUserForControl(userId);
            var message = chat.Append(fromBot: false, time.GetUtcNow());
            fill(message);
            return (message.ToBotApiJson(bot), message);
        }
    }

    public (JsonObject CallbackQuery, string Id) Press(long userId, long messageId, string data, bool force)
    {
        lock (_gate)
        {
            var chat = RequireUserForControl(userId);
            var message = chat.Find(messageId);
            if (!force)
            {
                if (message is null || message.Deleted || !message.FromBot)
                {
                    throw ControlApiException.BadRequest($"message {messageId} is not a bot message in this chat");
                }
                if (!message.HasCallbackButton(data))
                {
                    throw ControlApiException.BadRequest($"message {messageId} has no inline button with that callback_data");
                }
            }
            var now = time.GetUtcNow();
            var id = RandomDigits();
            _callbackQueries[id] = new PendingCallbackQuery(id, chat.User.Id, (int)messageId, now + options.Value.CallbackQueryLifetime);
            var query = new JsonObject
            {
                ["id"] = id,
                ["from"] = chat.User.ToUserJson(),
                ["message"] = message is { Deleted: false }
                    ? message.ToBotApiJson(bot)
                    // What Telegram sends for a message the bot can no longer see.
                    : new JsonObject { ["chat"] = chat.User.ToChatJson(), ["message_id"] = messageId, ["date"] = 0 },
                ["chat_instance"] = ChatInstance(chat.User.Id),
                ["data"] = data,
            };
            return (query, id);
        }
    }

    public (JsonObject PreCheckoutQuery, string Id) Pay(long userId, long messageId)
    {
        lock (_gate)
        {
            var chat = RequireUserForControl(userId);
            var message = chat.Find(messageId);
            if (message is not { Deleted: false, FromBot: true, Invoice: { } invoice })
            {
                throw ControlApiException.BadRequest($"message {messageId} is not an invoice from the bot");
            }
            var id = RandomDigits();
            _preCheckouts[id] = new PendingPreCheckout(id, chat.User.Id, invoice, time.GetUtcNow() + options.Value.PreCheckoutQueryLifetime);
            var query = new JsonObject
            {
                ["id"] = id,
                ["from"] = chat.User.ToUserJson(),
                ["currency"] = invoice.Currency,
                ["total_amount"] = invoice.TotalAmount,
                ["invoice_payload"] = invoice.Payload,
            };
            return (query, id);
        }
    }

    /// <summary>Blocks or unblocks the bot; returns the my_chat_member payload, or null when nothing changed.</summary>
    public JsonObject? SetBlocked(long userId, bool blocked)
    {
        lock (_gate)
        {
            var chat = RequireUserForControl(userId);
            if (chat.User.BlockedBot == blocked)
            {
                return null;
            }
            chat.User.BlockedBot = blocked;
            var member = new JsonObject { ["status"] = "member", ["user"] = bot.ToUserJson() };
            var kicked = new JsonObject { ["status"] = "kicked", ["user"] = bot.ToUserJson(), ["until_date"] = 0 };
            return new JsonObject
            {
                ["chat"] = chat.User.ToChatJson(),
                ["from"] = chat.User.ToUserJson(),
                ["date"] = time.GetUtcNow().ToUnixTimeSeconds(),
                ["old_chat_member"] = blocked ? member : kicked,
                ["new_chat_member"] = blocked ? kicked : member,
            };
        }
    }

    public IReadOnlyList<ChatMessageView> Messages(long chatId)
    {
        lock (_gate)
        {
            return RequireUserForControl(chatId).Messages.Select(m => m.ToView()).ToList();
        }
    }

    public async Task<(IReadOnlyList<ChatEvent> Events, long LastSeq)> WaitForEventsAsync(
        long chatId, long afterSeq, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(timeout > TimeSpan.Zero ? timeout : Timeout.InfiniteTimeSpan, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                changed = _eventsChanged.Next;
                var events = RequireUserForControl(chatId).EventsAfter(afterSeq);
                if (events.Count > 0 || timeout <= TimeSpan.Zero || linked.IsCancellationRequested)
                {
                    return (events, events.Count > 0 ? events[^1].Seq : Math.Max(afterSeq, _lastSeq));
                }
            }
            try
            {
                await changed.WaitAsync(linked.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Timed out: one more look, then an empty answer.
            }
        }
    }

    private ChatLog RequireChat(long chatId) =>
        _chats.TryGetValue(chatId, out var chat) ? chat : throw BotApiException.BadRequest("chat not found");

    private ChatLog RequireReachableChat(long chatId)
    {
        var chat = RequireChat(chatId);
        return chat.User.BlockedBot ? throw new BotApiException(403, "Forbidden: bot was blocked by the user") : chat;
    }

    private ChatLog RequireUserForControl(long userId) =>
        _chats.TryGetValue(userId, out var chat) ? chat : throw ControlApiException.NotFound($"user {userId} not found");

    private void AddEvent(ChatLog chat, string kind, StoredMessage message, DateTimeOffset at) =>
        AddEvent(chat, new ChatEvent(++_lastSeq, kind, chat.User.Id, message.MessageId, message.Text, message.Caption,
            message.Photo?.FileId, message.InlineKeyboard, null, null, at.ToUnixTimeMilliseconds()));

    private void AddEvent(ChatLog chat, ChatEvent chatEvent)
    {
        chat.AddEvent(chatEvent);
        _eventsChanged.Pulse();
    }

    private long NextFreeUserId()
    {
        while (_chats.ContainsKey(_nextUserId) || _nextUserId == bot.Id)
        {
            _nextUserId++;
        }
        return _nextUserId++;
    }

    // Telegram's chat_instance is an opaque, stable string per chat.
    private string ChatInstance(long chatId) => unchecked(bot.Id * 1_000_003 ^ chatId * 7_919).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string RandomDigits() =>
        ((ulong)Random.Shared.NextInt64(long.MaxValue)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
