using Shop.Contracts.Telegram;
using Shop.Telegram;

namespace Shop.Ingress;

/// <summary>Turns a Telegram update into the one typed bus message it means, or says why it means nothing to the shop.</summary>
public static class UpdateRouter
{
    /// <summary>The update kinds the shop asks Telegram for.</summary>
    public static readonly IReadOnlyList<string> AllowedUpdates =
        ["message", "edited_message", "callback_query", "pre_checkout_query", "my_chat_member"];

    public static UpdateRoute Route(Update update, string? botUsername)
    {
        if (update.Message is { } message) return RouteMessage(update.UpdateId, message, botUsername);
        if (update.CallbackQuery is { } query) return RouteCallback(update.UpdateId, query);
        if (update.PreCheckoutQuery is { } checkout)
            return UpdateRoute.To(new PreCheckoutRequested(update.UpdateId, checkout.Id, ToUser(checkout.From), checkout.Currency,
                checkout.TotalAmount, checkout.InvoicePayload));
        if (update.MyChatMember is { } member) return RouteMembership(update.UpdateId, member);
        if (update.EditedMessage is not null) return UpdateRoute.Ignore("edited messages are not acted on");
        return UpdateRoute.Ignore("an update kind the shop does not handle");
    }

    static UpdateRoute RouteMessage(long updateId, Message message, string? botUsername)
    {
        if (message.From is not { } sender || sender.IsBot) return UpdateRoute.Ignore("a message without a human sender");
        var from = ToUser(sender);
        var chatId = message.Chat.Id;
        var sentAt = DateTimeOffset.FromUnixTimeSeconds(message.Date);

        if (message.SuccessfulPayment is { } payment)
            return UpdateRoute.To(new PaymentSucceeded(updateId, chatId, from, payment.Currency, payment.TotalAmount,
                payment.InvoicePayload, payment.TelegramPaymentChargeId, payment.ProviderPaymentChargeId));
        if (message.Text is { } text)
        {
            if (BotCommandParser.TryParse(text, botUsername, out var command, out var arguments))
                return UpdateRoute.To(new CommandReceived(updateId, chatId, message.MessageId, from, command, arguments, sentAt));
            return text.StartsWith('/')
                ? UpdateRoute.Ignore("a command addressed to another bot")
                : UpdateRoute.To(new TextReceived(updateId, chatId, message.MessageId, from, text, sentAt));
        }
        if (message.Photo is { Length: > 0 } sizes)
        {
            return UpdateRoute.To(new PhotoReceived(updateId, chatId, message.MessageId, from, Largest(sizes).FileId, message.Caption, sentAt));
        }
        if (message.Contact is { } contact)
            return UpdateRoute.To(new ContactShared(updateId, chatId, message.MessageId, from, contact.PhoneNumber, contact.FirstName,
                contact.LastName, contact.UserId, sentAt));
        return UpdateRoute.Ignore("a message kind the shop does not handle");
    }

    static UpdateRoute RouteCallback(long updateId, CallbackQuery query)
    {
        if (query.Data is not { Length: > 0 } data) return UpdateRoute.Ignore("a button press without callback data");
        // An inaccessible message (too old) comes with date 0: the press still counts, but there is no message to edit.
        var message = query.Message;
        var chatId = message?.Chat.Id ?? query.From.Id;
        int? messageId = message is { Date: > 0 } ? message.MessageId : null;
        var shown = message is { Date: > 0 } ? Shown(message) : null;
        return UpdateRoute.To(new ButtonPressed(updateId, query.Id, chatId, messageId, ToUser(query.From), data, DateTimeOffset.UtcNow, shown));
    }

    /// <summary>Telegram sends a photo in several sizes; the shop keeps the largest.</summary>
    static PhotoSize Largest(PhotoSize[] sizes) => sizes.MaxBy(size => (long)size.Width * size.Height)!;

    /// <summary>The pressed message as the user sees it; the shop sends plain text, so text and caption come back as they went.</summary>
    static MessageContent? Shown(Message message)
    {
        if ((message.Text ?? message.Caption) is not { } text) return null;
        var photo = message.Photo is { Length: > 0 } sizes ? Largest(sizes).FileId : null;
        var rows = message.ReplyMarkup?.InlineKeyboard
            .Select(IReadOnlyList<InlineButton> (row) => row.Select(b => new InlineButton(b.Text, b.CallbackData, b.Url)).ToList())
            .ToList();
        return new MessageContent(text, rows is { Count: > 0 } ? new InlineKeyboard(rows) : null, photo);
    }

    static UpdateRoute RouteMembership(long updateId, ChatMemberUpdated member)
    {
        if (member.Chat.Type != "private") return UpdateRoute.Ignore("membership changes outside private chats");
        var from = ToUser(member.From);
        var at = DateTimeOffset.FromUnixTimeSeconds(member.Date);
        return member.NewChatMember.Status switch
        {
            "kicked" => UpdateRoute.To(new BotBlockedByUser(updateId, member.Chat.Id, from, at)),
            "member" when member.OldChatMember.Status == "kicked" => UpdateRoute.To(new BotUnblockedByUser(updateId, member.Chat.Id, from, at)),
            _ => UpdateRoute.Ignore("a membership change that needs no action"),
        };
    }

    static TelegramUser ToUser(User user) => new(user.Id, user.FirstName, user.LastName, user.Username, user.LanguageCode);
}
