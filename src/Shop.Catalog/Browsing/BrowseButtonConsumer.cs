using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Catalog.Data;
using Shop.Catalog.Texts;
using Shop.Contracts.Telegram;
using Shop.Messaging;

namespace Shop.Catalog.Browsing;

/// <summary>
/// Browsing in one message edited in place: categories, a category's products page by page, a product card with its
/// quantity stepper. Reads only. Catalog data that does not parse is answered with an alert.
/// </summary>
public sealed class BrowseButtonConsumer(CatalogDbContext db, IOptions<ShopOptions> shop, IOptions<CatalogOptions> catalog)
    : IConsumer<ButtonPressed>, IReadOnlyConsumer
{
    public async Task Consume(ConsumeContext<ButtonPressed> context)
    {
        var press = context.Message;
        var ct = context.CancellationToken;
        var texts = CatalogTexts.For(press.From.LanguageCode);
        var isOwner = shop.Value.IsOwner(press.From.Id);
        MessageContent? view;
        switch (CatalogCallback.Parse(press.Data))
        {
            case null:
            // Search and owner buttons have queues of their own; such data here was not made by the catalog.
            case CatalogCallback.AskSearch or CatalogCallback.EditProduct or CatalogCallback.ToggleProduct or CatalogCallback.ChooseCategory
                or CatalogCallback.RenameCategory or CatalogCallback.NewCategory:
                await ChatReplies.AnswerAsync(context, press, texts.UnknownButton, alert: true);
                return;
            case CatalogCallback.Nothing:
                await ChatReplies.AnswerAsync(context, press);
                return;
            case CatalogCallback.ShowCategories:
                view = CatalogView.Categories(texts, await CatalogReads.CategoriesAsync(db, ct));
                break;
            case CatalogCallback.ShowCategory(var categoryId, var page):
                var category = await db.Categories.AsNoTracking().SingleOrDefaultAsync(c => c.Id == categoryId && (isOwner || c.Active), ct);
                view = category is null ? null
                    : CatalogView.ProductList(texts, category, await CatalogReads.ProductsAsync(db, categoryId, isOwner, ct), page,
                        catalog.Value.PageSize, isOwner);
                if (view is null)
                {
                    await ChatReplies.AnswerAsync(context, press, texts.UnknownButton, alert: true);
                    return;
                }
                break;
            case CatalogCallback.ShowProduct(var productId, var quantity):
                var product = await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == productId && (isOwner || p.Active), ct);
                if (product is null)
                {
                    await ChatReplies.AnswerAsync(context, press, texts.NotAvailable, alert: true);
                    return;
                }
                var listPage = await CatalogReads.ListPageAsync(db, product, isOwner, catalog.Value.PageSize, ct);
                view = CatalogView.ProductCard(texts, product, quantity, listPage, isOwner);
                break;
            default:
                await ChatReplies.AnswerAsync(context, press, texts.UnknownButton, alert: true);
                return;
        }
        await ChatReplies.AnswerAsync(context, press);
        await ChatReplies.ShowAsync(context, press, view);
    }
}
