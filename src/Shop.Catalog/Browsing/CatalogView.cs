using Shop.Catalog.Data;
using Shop.Catalog.Texts;
using Shop.Contracts.Telegram;
using Shop.Storefront;

namespace Shop.Catalog.Browsing;

/// <summary>The catalog's screens (categories, a category's products page by page, a product card), built from state alone.</summary>
public static class CatalogView
{
    /// <summary>Telegram's limit for a photo's caption; a text message may be up to 4096.</summary>
    public const int MaxCaptionLength = 1024;
    public const int MaxTextLength = 4096;

    public static MessageContent Categories(CatalogTexts texts, IReadOnlyList<Category> categories, string? notice = null)
    {
        var rows = new List<IReadOnlyList<InlineButton>>();
        rows.AddRange(CategoryRows(categories));
        rows.Add([new InlineButton(texts.SearchButton, Buttons.Search)]);
        rows.Add([new InlineButton(texts.HomeButton, Buttons.Home)]);
        var text = categories.Count == 0 ? texts.CatalogEmpty : texts.CategoriesTitle;
        return new MessageContent(WithNotice(notice, text), new InlineKeyboard(rows));
    }

    /// <summary>One page of a category; <paramref name="products"/> are all the ones this user may see, in order.</summary>
    public static MessageContent ProductList(CatalogTexts texts, Category category, IReadOnlyList<Product> products, int page, int pageSize,
        bool isOwner)
    {
        var pages = PageCount(products.Count, pageSize);
        page = Math.Clamp(page, 0, pages - 1);
        var rows = new List<IReadOnlyList<InlineButton>>();
        foreach (var product in products.Skip(page * pageSize).Take(pageSize))
            rows.Add([new InlineButton(ProductButtonText(texts, product), Buttons.Product(product.Id))]);
        var navigation = new List<InlineButton>();
        if (page > 0) navigation.Add(new InlineButton(texts.PreviousButton, Buttons.Category(category.Id, page - 1)));
        if (page < pages - 1) navigation.Add(new InlineButton(texts.NextButton, Buttons.Category(category.Id, page + 1)));
        if (navigation.Count > 0) rows.Add(navigation);
        if (isOwner) rows.Add([new InlineButton(texts.RenameCategoryButton, CatalogCallback.Rename(category.Id))]);
        rows.Add([new InlineButton(texts.CategoriesButton, Buttons.Categories), new InlineButton(texts.HomeButton, Buttons.Home)]);

        var text = products.Count == 0 ? $"{category.Title}\n\n{texts.CategoryEmpty}"
            : pages == 1 ? category.Title
            : $"{category.Title}\n\n{string.Format(texts.PageOf, page + 1, pages)}";
        return new MessageContent(text, new InlineKeyboard(rows));
    }

    public static int PageCount(int items, int pageSize) => Math.Max(1, (items + pageSize - 1) / pageSize);

    /// <summary>The page of a list that shows the item at <paramref name="index"/>, so "back" returns to where the user was.</summary>
    public static int PageOf(int index, int pageSize) => index < 0 ? 0 : index / pageSize;

    /// <summary>
    /// A product: its photo with the details as caption, the quantity stepper bounded by stock, "add to cart", and for
    /// the owner the buttons that change it.
    /// </summary>
    public static MessageContent ProductCard(CatalogTexts texts, Product product, int quantity, int listPage, bool isOwner,
        string? notice = null)
    {
        var available = product.Active && product.Stock > 0;
        var rows = new List<IReadOnlyList<InlineButton>>();
        if (available)
        {
            var q = Math.Clamp(quantity, 1, Math.Min(product.Stock, CatalogCallback.MaxQuantity));
            rows.Add([
                new InlineButton("−", q > 1 ? Buttons.Product(product.Id, q - 1) : CatalogCallback.NothingData),
                new InlineButton(string.Format(texts.Quantity, q), CatalogCallback.NothingData),
                new InlineButton("+", q < Math.Min(product.Stock, CatalogCallback.MaxQuantity) ? Buttons.Product(product.Id, q + 1) : CatalogCallback.NothingData),
            ]);
            rows.Add([new InlineButton(texts.AddToCartButton, Buttons.AddToCart(product.Id, q))]);
        }
        if (isOwner)
        {
            rows.Add([
                new InlineButton(texts.EditPriceButton, CatalogCallback.Edit(product.Id, ProductField.Price)),
                new InlineButton(texts.EditStockButton, CatalogCallback.Edit(product.Id, ProductField.Stock)),
                new InlineButton(texts.EditTitleButton, CatalogCallback.Edit(product.Id, ProductField.Title)),
            ]);
            rows.Add([
                new InlineButton(texts.EditDescriptionButton, CatalogCallback.Edit(product.Id, ProductField.Description)),
                new InlineButton(texts.EditPhotoButton, CatalogCallback.Edit(product.Id, ProductField.Photo)),
                new InlineButton(product.Active ? texts.HideButton : texts.ShowButton, CatalogCallback.Toggle(product.Id)),
            ]);
        }
        rows.Add([new InlineButton(texts.BackButton, Buttons.Category(product.CategoryId, listPage)), new InlineButton(texts.HomeButton, Buttons.Home)]);

        var price = Money.Format(product.PriceMinor, product.Currency, texts.Language);
        var stock = product.Stock > 0 ? string.Format(texts.InStock, product.Stock) : texts.OutOfStock;
        var hidden = isOwner && !product.Active ? $"\n{texts.HiddenNotice}" : "";
        var head = WithNotice(notice, product.Title);
        var tail = $"{price}\n{stock}{hidden}";
        var limit = product.PhotoFileId is null ? MaxTextLength : MaxCaptionLength;
        // Title, price and stock always show; the description gives way when a caption would be too long.
        var room = limit - head.Length - tail.Length - 4;
        var description = Shorten(product.Description, room);
        var text = description.Length == 0 ? $"{head}\n\n{tail}" : $"{head}\n\n{description}\n\n{tail}";
        return new MessageContent(text, new InlineKeyboard(rows), product.PhotoFileId);
    }

    public static MessageContent SearchPrompt(CatalogTexts texts) =>
        new(texts.SearchPrompt, new InlineKeyboard([
            [new InlineButton(texts.CategoriesButton, Buttons.Categories), new InlineButton(texts.HomeButton, Buttons.Home)],
        ]));

    public static MessageContent SearchResults(CatalogTexts texts, string query, IReadOnlyList<Product> found, IReadOnlyList<Category> categories)
    {
        var rows = new List<IReadOnlyList<InlineButton>>();
        string text;
        if (found.Count == 0)
        {
            text = string.Format(texts.SearchNothing, query);
            rows.AddRange(CategoryRows(categories));
        }
        else
        {
            text = string.Format(texts.SearchResults, query);
            foreach (var product in found) rows.Add([new InlineButton(ProductButtonText(texts, product), Buttons.Product(product.Id))]);
        }
        rows.Add([new InlineButton(texts.SearchAgainButton, Buttons.Search)]);
        rows.Add([new InlineButton(texts.CategoriesButton, Buttons.Categories), new InlineButton(texts.HomeButton, Buttons.Home)]);
        return new MessageContent(text, new InlineKeyboard(rows));
    }

    public static MessageContent Notice(string text) => new(text);

    static IEnumerable<IReadOnlyList<InlineButton>> CategoryRows(IReadOnlyList<Category> categories) =>
        categories.Select(category => new InlineButton(category.Title, Buttons.Category(category.Id))).Chunk(2);

    static string ProductButtonText(CatalogTexts texts, Product product)
    {
        var price = Money.Format(product.PriceMinor, product.Currency, texts.Language);
        var hidden = product.Active ? "" : texts.HiddenMark + " ";
        var stock = product.Stock > 0 ? "" : " " + texts.OutOfStockMark;
        return $"{hidden}{product.Title} · {price}{stock}";
    }

    static string WithNotice(string? notice, string text) => notice is null ? text : $"{notice}\n\n{text}";

    static string Shorten(string text, int room) =>
        text.Length <= room ? text : room <= 1 ? "" : text[..(room - 1)].TrimEnd() + "…";
}
