using MassTransit;
using Microsoft.EntityFrameworkCore;
using Shop.Catalog.Data;
using Shop.Catalog.Texts;
using Shop.Contracts.Telegram;
using Shop.Messaging.Routing;

namespace Shop.Catalog.Search;

/// <summary>
/// The text a user sends after being asked what they look for: the question is used up and the results are sent.
/// <c>/cancel</c> drops the question. With no question asked the update is declined, and the Ingress answers it.
/// </summary>
public sealed class SearchReplyConsumer(CatalogDbContext db) : IConsumer<TextReceived>, IConsumer<CommandReceived>
{
    public async Task Consume(ConsumeContext<TextReceived> context)
    {
        var message = context.Message;
        // The question is used up by the text that answers it, in the transaction that sends the results.
        if (await ForgetQuestionAsync(context, message.From.Id) == 0) return;
        var texts = CatalogTexts.For(message.From.LanguageCode);
        var view = await SearchResultsView.ForAsync(db, texts, message.Text, context.CancellationToken);
        await ChatReplies.SendAsync(context, message.ChatId, view);
    }

    public async Task Consume(ConsumeContext<CommandReceived> context)
    {
        var command = context.Message;
        if (await ForgetQuestionAsync(context, command.From.Id) == 0) return;
        await ChatReplies.SendAsync(context, command.ChatId, new MessageContent(CatalogTexts.For(command.From.LanguageCode).Cancelled));
    }

    async Task<int> ForgetQuestionAsync(ConsumeContext context, long userId)
    {
        var asked = await db.SearchPrompts.Where(p => p.UserId == userId).ExecuteDeleteAsync(context.CancellationToken);
        if (asked == 0) context.DeclineUpdate();
        return asked;
    }
}
