using MassTransit;
using Microsoft.Extensions.Options;
using Shop.Catalog.Data;
using Shop.Catalog.Texts;
using Shop.Contracts.Telegram;
using Shop.Messaging;

namespace Shop.Catalog.Owner;

/// <summary>The owner's buttons (<c>c:o:...</c>): edit a field, hide or show, choose the new product's category, rename a category.</summary>
public sealed class OwnerButtonConsumer(CatalogDbContext db, OwnerFlow flow, IOptions<ShopOptions> shop) : IConsumer<ButtonPressed>
{
    public async Task Consume(ConsumeContext<ButtonPressed> context)
    {
        var press = context.Message;
        var callback = CatalogCallback.Parse(press.Data);
        var owner = press.From;
        if (callback is not (CatalogCallback.EditProduct or CatalogCallback.ToggleProduct or CatalogCallback.ChooseCategory
            or CatalogCallback.RenameCategory or CatalogCallback.NewCategory))
        {
            await ChatReplies.AnswerAsync(context, press, CatalogTexts.For(owner.LanguageCode).UnknownButton, alert: true);
            return;
        }
        if (!shop.Value.IsOwner(owner.Id))
        {
            await ChatReplies.AnswerAsync(context, press, CatalogTexts.For(owner.LanguageCode).ForOwnerOnly, alert: true);
            return;
        }
        var ct = context.CancellationToken;
        var outcome = await (callback switch
        {
            CatalogCallback.EditProduct edit => flow.StartEditAsync(owner, edit.ProductId, edit.Field, ct),
            CatalogCallback.ToggleProduct toggle => flow.ToggleAsync(owner, toggle.ProductId, ct),
            CatalogCallback.ChooseCategory choose => flow.ChooseCategoryAsync(owner, choose.CategoryId, ct),
            CatalogCallback.RenameCategory rename => flow.StartRenameAsync(owner, rename.CategoryId, ct),
            CatalogCallback.NewCategory => flow.AskNewCategoryAsync(owner, ct),
            _ => Task.FromResult<OwnerOutcome?>(null),
        });
        await db.SaveChangesAsync(ct);
        await ChatReplies.PublishAsync(context, press.ChatId, outcome ?? new OwnerOutcome(null), press);
    }
}
