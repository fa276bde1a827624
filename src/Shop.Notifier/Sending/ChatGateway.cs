using Microsoft.EntityFrameworkCore;
using Npgsql;
using Shop.Contracts.Telegram;
using Shop.Notifier.Data;
using Shop.Telegram;

namespace Shop.Notifier.Sending;

/// <summary>
/// Every call the notifier makes to Telegram goes through here: paced to the limits, 429s waited out (never dropped),
/// an outage backed off for everyone at once, blocked chats marked and skipped, and each send done once, even when an answer is lost.
/// </summary>
public sealed class ChatGateway(BotApiClient bot, Pacer pacer, NotifierDbContext db, TimeProvider clock, ILogger<ChatGateway> logger)
{
    const int MaxRateLimitWaits = 8;
    /// <summary>How far past the newest known message an earlier copy of a send is looked for.</summary>
    const int MaxLookAhead = 20;
    /// <summary>Ids not found in a row that mean the end of the chat.</summary>
    const int MissingAtTheEnd = 3;

    public Task<bool> IsUnreachableAsync(long chatId, CancellationToken ct) =>
        db.UnreachableChats.AnyAsync(chat => chat.ChatId == chatId, ct);

    /// <summary>
    /// Sends the content once per <paramref name="requestId"/> and returns the sent message's id; a later copy of the command
    /// sends nothing and returns the same id, so the caller can say again (under the same event id) what a crash may have cut off.
    /// With a <paramref name="tag"/>, the sent message becomes the one remembered under it in that chat.
    /// </summary>
    /// <remarks>
    /// Telegram takes no idempotency key, so a send whose answer was lost (the notifier killed mid-call, PostgreSQL gone
    /// before the commit, a dropped connection) may or may not be in the chat. The attempt is committed before the call;
    /// the next try finds it and looks for the message in the chat (<see cref="FindEarlierSendAsync"/>) before sending again.
    /// </remarks>
    public async Task<int?> SendOnceAsync(Guid requestId, long chatId, MessageContent content, string? tag, CancellationToken ct,
        bool reply = false)
    {
        await WaitForSlotAsync(chatId, ct, reply);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO notifier.deliveries (message_id, chat_id) VALUES ({requestId}, {chatId}) ON CONFLICT (message_id) DO NOTHING", ct);
        // The row lock waits out another notifier sending the same command right now.
        var earlier = await db.Deliveries
            .FromSql($"SELECT * FROM notifier.deliveries WHERE message_id = {requestId} FOR UPDATE")
            .AsNoTracking().SingleAsync(ct);
        if (earlier.CompletedAt is not null)
        {
            logger.LogInformation("Send {RequestId} to chat {ChatId} was already delivered; not sending again", requestId, chatId);
            return earlier.TelegramMessageId;
        }
        // Read only when an earlier try left its attempt behind: the first try writes it and goes straight on.
        var earlierTry = await RecordAttemptAsync(requestId, chatId, ct)
            ? null
            : await db.SendAttempts.AsNoTracking().SingleAsync(a => a.MessageId == requestId, ct);
        int messageId;
        if (earlierTry is not null && await FindEarlierSendAsync(chatId, earlierTry.AfterMessageId, content, ct) is { } found)
        {
            logger.LogWarning("Send {RequestId} to chat {ChatId} had reached Telegram before its answer was lost (message {MessageId}); not sending again",
                requestId, chatId, found);
            messageId = found;
        }
        else
        {
            messageId = (await CallAsync(ct => SendAsync(chatId, content, ct), ct)).MessageId;
        }
        await db.Database.ExecuteSqlAsync(
            $"UPDATE notifier.deliveries SET telegram_message_id = {messageId}, completed_at = {clock.GetUtcNow()} WHERE message_id = {requestId}", ct);
        await db.Database.ExecuteSqlAsync($"DELETE FROM notifier.send_attempts WHERE message_id = {requestId}", ct);
        // In the same transaction as the delivery: a tag never points at a message that counts as unsent, nor the reverse.
        if (tag is not null)
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO notifier.tagged_messages (chat_id, tag, telegram_message_id, sent_at)
                VALUES ({chatId}, {tag}, {messageId}, {clock.GetUtcNow()})
                ON CONFLICT (chat_id, tag) DO UPDATE SET telegram_message_id = excluded.telegram_message_id, sent_at = excluded.sent_at
                """, ct);
        await transaction.CommitAsync(ct);
        return messageId;
    }

    /// <summary>
    /// Commits the attempt on a connection of its own, so it outlives the send's transaction: a crash after Telegram took
    /// the message rolls the delivery back but leaves this. It notes the newest message known in the chat, where the look
    /// for an earlier copy starts. False when an earlier try's attempt is there already (it is kept, with its start).
    /// </summary>
    async Task<bool> RecordAttemptAsync(Guid requestId, long chatId, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("""
            INSERT INTO notifier.send_attempts (message_id, chat_id, after_message_id, attempted_at)
            SELECT @id, @chat, (SELECT max(telegram_message_id) FROM notifier.deliveries WHERE chat_id = @chat), @now
            ON CONFLICT (message_id) DO NOTHING
            """, connection);
        command.Parameters.AddWithValue("id", requestId);
        command.Parameters.AddWithValue("chat", chatId);
        command.Parameters.AddWithValue("now", clock.GetUtcNow());
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    /// <summary>
    /// Looks for a message an earlier try may have sent: one by one after <paramref name="afterMessageId"/> (message ids in a
    /// chat only grow), skipping the ones known to be other sends, each is edited to exactly the content. Telegram answers
    /// "not modified" only for a message of the bot's with that very text and buttons: that is the earlier copy. "Not found"
    /// a few times in a row means the end of the chat. Not looked for when the start is unknown or the content has a reply
    /// keyboard (an edit cannot compare it): then the message is sent again, at least once rather than lost.
    /// </summary>
    async Task<int?> FindEarlierSendAsync(long chatId, int? afterMessageId, MessageContent content, CancellationToken ct)
    {
        if (afterMessageId is not { } after || MessageMarkup.NeedsNewMessage(content)) return null;
        var known = (await db.Deliveries
            .Where(d => d.ChatId == chatId && d.TelegramMessageId > after)
            .Select(d => d.TelegramMessageId!.Value)
            .ToListAsync(ct)).ToHashSet();
        var missing = 0;
        for (var id = after + 1; id <= after + MaxLookAhead && missing < MissingAtTheEnd; id++)
        {
            if (known.Contains(id)) continue;
            await WaitForSlotAsync(chatId, ct);
            try
            {
                await EditAsync(chatId, id, content, ct);
                // Only a message of the bot's not known as sent, so a second lost send: it now shows this content too.
                logger.LogWarning("Message {MessageId} in chat {ChatId} was changed while looking for an earlier send", id, chatId);
                missing = 0;
            }
            catch (TelegramApiException e) when (e.IsNotModified)
            {
                return id;
            }
            catch (TelegramApiException e) when (e.ErrorCode == 400)
            {
                // "Not found" past the newest message (or a deleted one); anything else is the user's message or another kind.
                missing = e.Description.Contains("not found", StringComparison.OrdinalIgnoreCase) ? missing + 1 : 0;
            }
        }
        return null;
    }

    /// <summary>The message last sent to the chat under <paramref name="tag"/>; null while none has been.</summary>
    public Task<int?> FindTaggedAsync(long chatId, string tag, CancellationToken ct) =>
        db.TaggedMessages
            .Where(message => message.ChatId == chatId && message.Tag == tag)
            .Select(message => (int?)message.TelegramMessageId)
            .SingleOrDefaultAsync(ct);

    /// <summary>Shows new content in a message; false when the message could not be edited and a new one is needed.</summary>
    public async Task<bool> TryEditAsync(long chatId, int messageId, MessageContent content, CancellationToken ct, bool reply = false)
    {
        if (MessageMarkup.NeedsNewMessage(content))
        {
            logger.LogDebug("Message {MessageId} in chat {ChatId} cannot get or lose a reply keyboard by an edit; sending a new one", messageId, chatId);
            return false;
        }
        await WaitForSlotAsync(chatId, ct, reply);
        try
        {
            var edited = await EditAsync(chatId, messageId, content, ct);
            // A caption edit cannot change the photo itself: a different photo needs a new message.
            return content.PhotoFileId is null || edited?.Photo is not { Length: > 0 } photos || photos.Any(photo => photo.FileId == content.PhotoFileId);
        }
        catch (TelegramApiException e) when (e.IsNotModified)
        {
            return true;
        }
        catch (TelegramApiException e) when (e.ErrorCode == 400)
        {
            logger.LogInformation("Message {MessageId} in chat {ChatId} cannot be edited ({Description}); sending a new one",
                messageId, chatId, e.Description);
            return false;
        }
    }

    /// <summary>One edit to the content: the text, or a photo's caption, with its inline buttons.</summary>
    Task<Message> EditAsync(long chatId, int messageId, MessageContent content, CancellationToken ct)
    {
        var markup = MessageMarkup.ForEdit(content);
        return content.PhotoFileId is null
            ? CallAsync(ct => bot.EditMessageTextAsync(new EditMessageTextRequest(chatId, messageId, content.Text) { ReplyMarkup = markup }, ct), ct)
            : CallAsync(ct => bot.EditMessageCaptionAsync(new EditMessageCaptionRequest(chatId, messageId) { Caption = content.Text, ReplyMarkup = markup }, ct), ct);
    }

    public async Task DeleteAsync(long chatId, int messageId, CancellationToken ct)
    {
        try
        {
            await CallAsync(ct => bot.DeleteMessageAsync(new DeleteMessageRequest(chatId, messageId), ct), ct);
        }
        catch (TelegramApiException e) when (e.ErrorCode == 400)
        {
            logger.LogDebug("Message {MessageId} in chat {ChatId} was already gone: {Description}", messageId, chatId, e.Description);
        }
    }

    public async Task AnswerAsync(AnswerButtonPress answer, CancellationToken ct)
    {
        try
        {
            await CallAsync(ct => bot.AnswerCallbackQueryAsync(
                new AnswerCallbackQueryRequest(answer.CallbackQueryId) { Text = answer.Text, ShowAlert = answer.ShowAlert ? true : null }, ct), ct);
        }
        catch (TelegramApiException e) when (e.ErrorCode == 400)
        {
            // Answered already (a redelivery) or expired (Telegram keeps a press about 15 s): either way there is no spinner
            // left to stop. Worth a line: after an outage it means the user saw no answer to that press.
            logger.LogInformation("Button press {CallbackQueryId} not answered (answered already, or it expired): {Description}",
                answer.CallbackQueryId, e.Description);
        }
    }

    public async Task MarkUnreachableAsync(long chatId, string reason, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO notifier.unreachable_chats (chat_id, reason, since) VALUES ({chatId}, {reason}, {clock.GetUtcNow()}) ON CONFLICT (chat_id) DO NOTHING", ct);
        logger.LogInformation("Chat {ChatId} is unreachable ({Reason}); sends to it are skipped", chatId, reason);
    }

    public async Task MarkReachableAsync(long chatId, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync($"DELETE FROM notifier.unreachable_chats WHERE chat_id = {chatId}", ct);
    }

    Task<Message> SendAsync(long chatId, MessageContent content, CancellationToken ct)
    {
        // The sender's mistake, not the user's: say so without the message text, which may hold personal data.
        if (MessageMarkup.DropsInlineButtons(content))
            logger.LogWarning("A message to chat {ChatId} asks for inline buttons and a reply keyboard at once; Telegram takes one, so the inline buttons are left off",
                chatId);
        var markup = MessageMarkup.ForSend(content);
        return content.PhotoFileId is { } photo
            ? bot.SendPhotoAsync(new SendPhotoRequest(chatId, photo) { Caption = content.Text, ReplyMarkup = markup }, ct)
            : bot.SendMessageAsync(new SendMessageRequest(chatId, content.Text) { ReplyMarkup = markup }, ct);
    }

    async Task WaitForSlotAsync(long chatId, CancellationToken ct, bool reply = false)
    {
        var slot = pacer.Reserve(chatId, clock.GetUtcNow(), reply);
        var wait = slot - clock.GetUtcNow();
        if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, ct);
    }

    /// <summary>One call: 429 waits and tries again; an outage pauses every send with a growing back-off, then fails for the bus to retry.</summary>
    async Task<T> CallAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken ct)
    {
        for (var wait = 1; ; wait++)
        {
            try
            {
                var result = await call(ct);
                pacer.RecordSuccess();
                return result;
            }
            catch (TelegramApiException e) when (e.IsRateLimited && wait <= MaxRateLimitWaits)
            {
                var retryAfter = TimeSpan.FromSeconds(Math.Max(1, e.RetryAfter ?? 1));
                logger.LogWarning("Telegram rate limit on {Method}: waiting {RetryAfter}s before trying again", e.Method, retryAfter.TotalSeconds);
                pacer.PauseUntil(clock.GetUtcNow() + retryAfter);
                await Task.Delay(retryAfter, clock, ct);
            }
            catch (Exception e) when (e is TelegramTransportException || e is TelegramApiException { ErrorCode: >= 500 })
            {
                var backOff = pacer.RecordOutage(clock.GetUtcNow());
                logger.LogWarning("Telegram is not answering ({Reason}); all sends paused for {BackOff}s", e.Message, backOff.TotalSeconds);
                throw;
            }
        }
    }
}
