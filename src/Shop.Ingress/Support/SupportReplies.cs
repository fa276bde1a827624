using System.Globalization;
using MassTransit;
using Microsoft.Extensions.Options;
using Shop.Contracts.Telegram;
using Shop.Ingress.Data;
using Shop.Ingress.Turns;
using Shop.Messaging;
using Shop.Storefront.Routing;

namespace Shop.Ingress.Support;

/// <summary>
/// Staff answering a customer's message: Reply under the relayed message opens the staff member's conversation with the
/// Ingress, their next text goes to the customer as the shop's answer, and <c>/cancel</c> sends nothing. Only owners may.
/// </summary>
public sealed class SupportReplies(Conversations conversations, IOptions<ShopOptions> shop, TimeProvider clock)
{
    public const int MaxAnswerLength = 3800;

    public async Task PressAsync(ConsumeContext context, ButtonPressed press)
    {
        var texts = IngressTexts.For(press.From.LanguageCode);
        if (!shop.Value.IsOwner(press.From.Id))
        {
            await context.AnswerPress(press, texts.StaffOnly, alert: true);
            return;
        }
        if (CustomerOf(press.Data) is not { } customer)
        {
            await context.AnswerPress(press, texts.StaleButton, alert: true);
            return;
        }
        await conversations.ClaimAsync(press.From.Id, RouteTable.SupportReply.Endpoint, Now(), customer, context.CancellationToken);
        await context.AnswerPress(press);
        await context.PublishOnce(new SendChatMessage(press.ChatId,
            new MessageContent(string.Format(texts.AskReply, FallbackReplies.Id(customer)))), "support-ask");
    }

    /// <summary>The staff member's text (the answer) or <c>/cancel</c>, while they hold a support conversation.</summary>
    public async Task AnswerAsync(ConsumeContext context, object update, Conversation held)
    {
        var ct = context.CancellationToken;
        switch (update)
        {
            case TextReceived text when held.Subject is { } customer && shop.Value.IsOwner(text.From.Id):
                var texts = IngressTexts.For(text.From.LanguageCode);
                var answer = text.Text.Length <= MaxAnswerLength ? text.Text : text.Text[..MaxAnswerLength] + "…";
                // The customer's language is not known here; the heading is short and the answer is the staff's own words.
                await context.PublishOnce(new SendChatMessage(customer, new MessageContent(string.Format(IngressTexts.English.AnswerFromShop, answer))), "support-answer");
                await context.PublishOnce(new SendChatMessage(text.ChatId, new MessageContent(string.Format(texts.ReplySent, FallbackReplies.Id(customer)))), "support-sent");
                break;
            case CommandReceived command:
                await context.PublishOnce(new SendChatMessage(command.ChatId, new MessageContent(IngressTexts.For(command.From.LanguageCode).ReplyNotSent)), "support-cancel");
                break;
        }
        await conversations.ReleaseAsync(held, ct);
    }

    static long? CustomerOf(string data) =>
        data.Split(':') is ["s", "r", var id] && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var customer) && customer > 0
            ? customer : null;

    DateTimeOffset Now() => PostgresTime.Truncate(clock.GetUtcNow());
}
