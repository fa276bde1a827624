using MassTransit;
using Microsoft.Extensions.Options;
using Shop.Catalog.Data;
using Shop.Catalog.Texts;
using Shop.Contracts.Telegram;
using Shop.Messaging;

namespace Shop.Catalog.Owner;

/// <summary>The owner's commands: <c>/newproduct</c>, <c>/newcategory Name</c> and <c>/skip</c>; anyone else is told they are the owner's.</summary>
public sealed class OwnerCommandConsumer(CatalogDbContext db, OwnerFlow flow, IOptions<ShopOptions> shop) : IConsumer<CommandReceived>
{
    public async Task Consume(ConsumeContext<CommandReceived> context)
    {
        var command = context.Message;
        var owner = command.From;
        if (!shop.Value.IsOwner(owner.Id))
        {
            await ChatReplies.SendAsync(context, command.ChatId, new MessageContent(CatalogTexts.For(owner.LanguageCode).ForOwnerOnly));
            return;
        }
        // A category made by this command gets an id derived from the command, so a redelivery finds the same one.
        var categoryId = MessageIds.Derive(context.MessageId!.Value, "category-id");
        var ct = context.CancellationToken;
        var outcome = await (command.Command switch
        {
            "newproduct" => flow.StartNewProductAsync(owner, ct),
            "newcategory" => flow.AddCategoryAsync(owner, command.Arguments, categoryId, ct),
            _ => flow.SkipAsync(owner, ct),
        });
        await db.SaveChangesAsync(ct);
        if (outcome is not null) await ChatReplies.PublishAsync(context, command.ChatId, outcome);
    }
}
