using System.Globalization;
using MassTransit;
using Microsoft.Extensions.Options;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Storefront;

namespace Shop.Ingress.Turns;

/// <summary>
/// The Ingress's answers to what no worker takes, so nothing a person sends goes unanswered. Each is published with an id
/// derived from the update, so a redelivered update repeats the same answer and the Notifier sends it once.
/// </summary>
public sealed class FallbackReplies(IOptions<ShopOptions> shop)
{
    /// <summary>Telegram's limit for a message's text, less room for the heading.</summary>
    const int MaxRelayedText = 3800;

    const int MaxRelayedCaption = 900;

    public Task AnswerAsync(ConsumeContext context, object update, Fallback fallback) => (fallback, update) switch
    {
        (Fallback.StaleButton, ButtonPressed press) => context.AnswerPress(press, IngressTexts.For(press.From.LanguageCode).StaleButton, alert: true),
        (Fallback.UnknownCommand, CommandReceived command) => UnknownCommandAsync(context, command),
        (Fallback.NothingToCancel, CommandReceived command) =>
            SendAsync(context, command.ChatId, new MessageContent(IngressTexts.For(command.From.LanguageCode).NothingToCancel)),
        (Fallback.StrayInput, _) => StrayAsync(context, update),
        _ => throw new ArgumentException($"No {fallback} answer for {update.GetType().Name}", nameof(update)),
    };

    Task UnknownCommandAsync(ConsumeContext context, CommandReceived command)
    {
        var texts = IngressTexts.For(command.From.LanguageCode);
        // A merchant guessing (/addproduct) sees at once the commands they do have.
        var text = shop.Value.IsOwner(command.From.Id)
            ? $"{string.Format(texts.UnknownStaffCommand, command.Command)}\n{CommandMenu.OwnerList(texts.Language)}"
            : string.Format(texts.UnknownCommand, command.Command);
        return SendAsync(context, command.ChatId, new MessageContent(text, new InlineKeyboard([[new InlineButton(texts.HomeButton, Buttons.Home)]])));
    }

    async Task StrayAsync(ConsumeContext context, object update)
    {
        var (chatId, from) = update switch
        {
            TextReceived m => (m.ChatId, m.From),
            PhotoReceived m => (m.ChatId, m.From),
            ContactShared m => (m.ChatId, m.From),
            _ => throw new ArgumentException("Not an input", nameof(update)),
        };
        if (shop.Value.IsOwner(from.Id))
        {
            await SendAsync(context, chatId, StaffMenu(IngressTexts.For(from.LanguageCode)));
            return;
        }
        // A customer writing to the shop: a question for the staff, whoever of them answers first.
        var staffTexts = IngressTexts.English;
        var reply = new InlineKeyboard([[new InlineButton(staffTexts.ReplyButton, Buttons.ReplyToCustomer(from.Id))]]);
        var who = Who(from);
        var question = update switch
        {
            PhotoReceived photo => new MessageContent(
                string.Format(staffTexts.QuestionForStaff, who, from.Id, Cut(photo.Caption ?? "", MaxRelayedCaption)), reply, photo.FileId),
            ContactShared contact => new MessageContent(
                string.Format(staffTexts.QuestionForStaff, who, from.Id, string.Format(staffTexts.ContactShared, contact.PhoneNumber)), reply),
            TextReceived text => new MessageContent(string.Format(staffTexts.QuestionForStaff, who, from.Id, Cut(text.Text, MaxRelayedText)), reply),
            _ => throw new ArgumentException("Not an input", nameof(update)),
        };
        foreach (var staffChat in shop.Value.StaffChats)
            await context.PublishOnce(new SendChatMessage(staffChat, question), $"question:{staffChat}");
        await SendAsync(context, chatId, new MessageContent(IngressTexts.For(from.LanguageCode).QuestionPassedOn));
    }

    public static MessageContent StaffMenu(IngressTexts texts) =>
        new($"{texts.StaffMenu}\n{CommandMenu.OwnerList(texts.Language)}", new InlineKeyboard([[new InlineButton(texts.HomeButton, Buttons.Home)]]));

    /// <summary>How staff see a customer: their name and, when they have one, their @username.</summary>
    public static string Who(TelegramUser user)
    {
        var name = user.LastName is { Length: > 0 } last ? $"{user.FirstName} {last}" : user.FirstName;
        return user.Username is { Length: > 0 } username ? $"{name} (@{username})" : name;
    }

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    static string Cut(string text, int max) => text.Length <= max ? text : text[..max] + "…";

    static Task SendAsync(ConsumeContext context, long chatId, MessageContent content) =>
        context.PublishOnce(new SendChatMessage(chatId, content), "fallback");
}
