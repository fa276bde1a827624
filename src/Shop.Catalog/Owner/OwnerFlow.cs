using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Catalog.Browsing;
using Shop.Catalog.Data;
using Shop.Catalog.Texts;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Storefront.Routing;

namespace Shop.Catalog.Owner;

/// <summary>
/// The owner's step-by-step flows over their conversation row: a new product, one-field edits, new and renamed categories.
/// Callers run each method inside the worker's transactional outbox; only owners ever get here.
/// </summary>
public sealed class OwnerFlow(CatalogDbContext db, IOptions<CatalogOptions> options, TimeProvider clock)
{
    CatalogOptions Catalog => options.Value;

    public async Task<OwnerOutcome?> StartNewProductAsync(TelegramUser owner, CancellationToken ct)
    {
        var now = Now();
        var claim = Claim(owner, now);
        var conversation = await ConversationAsync(owner.Id, ct);
        conversation.Start(OwnerStep.NewPhoto, at: now);
        await ForgetSearchAsync(owner.Id, ct);
        return new OwnerOutcome(await AskAsync(Texts(owner), conversation, ct), Claim: claim);
    }

    public async Task<OwnerOutcome?> StartEditAsync(TelegramUser owner, Guid productId, ProductField field, CancellationToken ct)
    {
        if (await db.Products.FindAsync([productId], ct) is null) return Stale(owner);
        var now = Now();
        var claim = Claim(owner, now);
        var conversation = await ConversationAsync(owner.Id, ct);
        conversation.Start(OwnerView.StepFor(field), productId: productId, at: now);
        await ForgetSearchAsync(owner.Id, ct);
        return new OwnerOutcome(await AskAsync(Texts(owner), conversation, ct), Claim: claim);
    }

    public async Task<OwnerOutcome?> StartRenameAsync(TelegramUser owner, Guid categoryId, CancellationToken ct)
    {
        if (await db.Categories.FindAsync([categoryId], ct) is null) return Stale(owner);
        var now = Now();
        var claim = Claim(owner, now);
        var conversation = await ConversationAsync(owner.Id, ct);
        conversation.Start(OwnerStep.RenameCategory, categoryId: categoryId, at: now);
        await ForgetSearchAsync(owner.Id, ct);
        return new OwnerOutcome(await AskAsync(Texts(owner), conversation, ct), Claim: claim);
    }

    /// <summary>The "New category" button at the category step: the owner names it, then chooses it for the product.</summary>
    public async Task<OwnerOutcome?> AskNewCategoryAsync(TelegramUser owner, CancellationToken ct)
    {
        var conversation = await FindConversationAsync(owner.Id, ct);
        if (conversation is not { Step: OwnerStep.NewCategory or OwnerStep.NewCategoryName }) return Stale(owner);
        var now = Now();
        conversation.Step = OwnerStep.NewCategoryName;
        conversation.UpdatedAt = now;
        return new OwnerOutcome(await AskAsync(Texts(owner), conversation, ct), Claim: Claim(owner, now));
    }

    public async Task<OwnerOutcome?> AddCategoryAsync(TelegramUser owner, string name, Guid categoryId, CancellationToken ct)
    {
        var texts = Texts(owner);
        if (name.Trim().Length == 0) return new OwnerOutcome(new MessageContent(texts.NewCategoryUsage));
        if (OwnerInput.CategoryTitle(name) is not { } title) return new OwnerOutcome(new MessageContent(texts.CategoryTitleInvalid));
        var position = (await db.Categories.MaxAsync(c => (int?)c.Position, ct) ?? 0) + 1;
        var category = new Category { Id = categoryId, Title = title, Position = position, Active = true, Version = 1, UpdatedAt = Now() };
        db.Categories.Add(category);
        await db.SaveChangesAsync(ct);
        return await CategoryAddedAsync(owner, category, ct);
    }

    async Task<OwnerOutcome> CategoryAddedAsync(TelegramUser owner, Category category, CancellationToken ct)
    {
        var texts = Texts(owner);
        var notice = string.Format(texts.CategoryCreated, category.Title);
        // Mid-way through a new product, the owner made the category it needs: offer the choice again, now with it.
        var conversation = await FindConversationAsync(owner.Id, ct);
        var reply = conversation?.Step == OwnerStep.NewCategory
            ? OwnerView.ChooseCategory(texts, await CatalogReads.CategoriesAsync(db, ct), notice)
            : new MessageContent(notice);
        return new OwnerOutcome(reply, Category: category);
    }

    public async Task<OwnerOutcome?> SkipAsync(TelegramUser owner, CancellationToken ct)
    {
        var texts = Texts(owner);
        var conversation = await FindConversationAsync(owner.Id, ct);
        switch (conversation?.Step)
        {
            case OwnerStep.NewPhoto:
                return await MoveAsync(texts, conversation, OwnerStep.NewTitle, ct);
            case OwnerStep.NewDescription:
                conversation.DraftDescription = "";
                return await MoveAsync(texts, conversation, OwnerStep.NewPrice, ct);
            case OwnerStep.EditPhoto:
                return await ChangeProductAsync(texts, conversation, product => product.PhotoFileId = null, ct);
            default:
                return new OwnerOutcome(new MessageContent(texts.NothingToSkip));
        }
    }

    /// <summary>Ends any flow; null when there was none.</summary>
    public async Task<OwnerOutcome?> CancelAsync(TelegramUser owner, CancellationToken ct) =>
        await CancelStepAsync(owner.Id, ct) ? new OwnerOutcome(new MessageContent(Texts(owner).Cancelled)) : null;

    /// <summary>Ends any flow, forgetting its draft; false when there was none.</summary>
    public async Task<bool> CancelStepAsync(long ownerId, CancellationToken ct)
    {
        var conversation = await FindConversationAsync(ownerId, ct);
        if (conversation is null || conversation.Step == OwnerStep.Idle) return false;
        conversation.Start(OwnerStep.Idle, at: Now());
        return true;
    }

    /// <summary>An owner's text as the answer to the current step; null when no step is waiting for one.</summary>
    public async Task<OwnerOutcome?> TextAsync(TelegramUser owner, string text, CancellationToken ct)
    {
        var texts = Texts(owner);
        var conversation = await FindConversationAsync(owner.Id, ct);
        if (conversation is null || conversation.Step == OwnerStep.Idle) return null;
        switch (conversation.Step)
        {
            case OwnerStep.NewPhoto:
            case OwnerStep.EditPhoto:
                return await RetryAsync(texts, texts.PhotoExpected, conversation, ct);
            case OwnerStep.NewTitle:
                if (OwnerInput.Title(text) is not { } title) return await RetryAsync(texts, texts.TitleInvalid, conversation, ct);
                conversation.DraftTitle = title;
                return await MoveAsync(texts, conversation, OwnerStep.NewDescription, ct);
            case OwnerStep.NewDescription:
                if (OwnerInput.Description(text) is not { } description) return await RetryAsync(texts, texts.DescriptionInvalid, conversation, ct);
                conversation.DraftDescription = description;
                return await MoveAsync(texts, conversation, OwnerStep.NewPrice, ct);
            case OwnerStep.NewPrice:
                if (Price(texts, text, Catalog.Currency, out var price) is { } priceProblem) return await RetryAsync(texts, priceProblem, conversation, ct);
                conversation.DraftPriceMinor = price;
                return await MoveAsync(texts, conversation, OwnerStep.NewStock, ct);
            case OwnerStep.NewStock:
                if (OwnerInput.Stock(text) is not { } stock) return await RetryAsync(texts, texts.StockInvalid, conversation, ct);
                conversation.DraftStock = stock;
                return await MoveAsync(texts, conversation, OwnerStep.NewCategory, ct);
            case OwnerStep.NewCategory:
                return await RetryAsync(texts, texts.ChooseWithButtons, conversation, ct);
            case OwnerStep.EditTitle:
                if (OwnerInput.Title(text) is not { } newTitle) return await RetryAsync(texts, texts.TitleInvalid, conversation, ct);
                return await ChangeProductAsync(texts, conversation, product => product.Title = newTitle, ct);
            case OwnerStep.EditDescription:
                if (OwnerInput.Description(text) is not { } newDescription) return await RetryAsync(texts, texts.DescriptionInvalid, conversation, ct);
                return await ChangeProductAsync(texts, conversation, product => product.Description = newDescription, ct);
            case OwnerStep.EditStock:
                if (OwnerInput.Stock(text) is not { } newStock) return await RetryAsync(texts, texts.StockInvalid, conversation, ct);
                return await ChangeProductAsync(texts, conversation, product => product.Stock = newStock, ct);
            case OwnerStep.EditPrice:
            {
                var currency = (await db.Products.FindAsync([conversation.ProductId], ct))?.Currency.Trim() ?? Catalog.Currency;
                if (Price(texts, text, currency, out var newPrice) is { } problem) return await RetryAsync(texts, problem, conversation, ct);
                return await ChangeProductAsync(texts, conversation, product => product.PriceMinor = newPrice, ct);
            }
            case OwnerStep.RenameCategory:
                if (OwnerInput.CategoryTitle(text) is not { } name) return await RetryAsync(texts, texts.CategoryTitleInvalid, conversation, ct);
                return await RenameCategoryAsync(texts, conversation, name, ct);
            case OwnerStep.NewCategoryName:
                if (OwnerInput.CategoryTitle(text) is null) return await RetryAsync(texts, texts.CategoryTitleInvalid, conversation, ct);
                // Back to choosing the product's category, now with the new one among them.
                conversation.Step = OwnerStep.NewCategory;
                conversation.UpdatedAt = Now();
                return await AddCategoryAsync(owner, text, NewId.NextGuid(), ct);
            default:
                return null;
        }
    }

    /// <summary>An owner's photo as the answer to the current step; null when no step is waiting for anything.</summary>
    public async Task<OwnerOutcome?> PhotoAsync(TelegramUser owner, string fileId, CancellationToken ct)
    {
        var texts = Texts(owner);
        var conversation = await FindConversationAsync(owner.Id, ct);
        if (conversation is null || conversation.Step == OwnerStep.Idle) return null;
        if (fileId.Length is 0 or > Product.MaxPhotoFileIdLength) return await RetryAsync(texts, texts.PhotoExpected, conversation, ct);
        switch (conversation.Step)
        {
            case OwnerStep.NewPhoto:
                conversation.DraftPhotoFileId = fileId;
                return await MoveAsync(texts, conversation, OwnerStep.NewTitle, ct);
            case OwnerStep.EditPhoto:
                return await ChangeProductAsync(texts, conversation, product => product.PhotoFileId = fileId, ct);
            default:
                return new OwnerOutcome(await AskAsync(texts, conversation, ct));
        }
    }

    /// <summary>The last step of a new product: it is saved in the chosen category and shown as customers will see it.</summary>
    public async Task<OwnerOutcome?> ChooseCategoryAsync(TelegramUser owner, Guid categoryId, CancellationToken ct)
    {
        var texts = Texts(owner);
        var conversation = await FindConversationAsync(owner.Id, ct);
        var category = await db.Categories.FindAsync([categoryId], ct);
        if (conversation is not { Step: OwnerStep.NewCategory, DraftTitle: { } title, DraftPriceMinor: { } price, DraftStock: { } stock }
            || category is null)
            return Stale(owner);
        var position = (await db.Products.Where(p => p.CategoryId == categoryId).MaxAsync(p => (int?)p.Position, ct) ?? 0) + 1;
        var product = new Product
        {
            Id = NewId.NextGuid(),
            CategoryId = categoryId,
            Title = title,
            Description = conversation.DraftDescription ?? "",
            PriceMinor = price,
            Currency = Catalog.Currency,
            PhotoFileId = conversation.DraftPhotoFileId,
            Stock = stock,
            Active = true,
            Position = position,
            Version = 1,
            UpdatedAt = Now(),
        };
        db.Products.Add(product);
        conversation.Start(OwnerStep.Idle, productId: product.Id, at: Now());
        await db.SaveChangesAsync(ct);
        return await SavedAsync(texts, product, ct) with { InPlace = true };
    }

    /// <summary>Hides a product from customers or shows it again, on the card the owner pressed.</summary>
    public async Task<OwnerOutcome?> ToggleAsync(TelegramUser owner, Guid productId, CancellationToken ct)
    {
        var texts = Texts(owner);
        if (await db.Products.FindAsync([productId], ct) is not { } product) return Stale(owner);
        product.Active = !product.Active;
        Bump(product);
        await db.SaveChangesAsync(ct);
        return (await ProductShownAsync(owner, productId, ct))! with { Toast = product.Active ? texts.ProductShown : texts.ProductHidden };
    }

    /// <summary>The owner's card of a product as it is now, with its full state to publish again.</summary>
    public async Task<OwnerOutcome?> ProductShownAsync(TelegramUser owner, Guid productId, CancellationToken ct)
    {
        if (await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == productId, ct) is not { } product) return Stale(owner);
        var page = await CatalogReads.ListPageAsync(db, product, isOwner: true, Catalog.PageSize, ct);
        return new OwnerOutcome(CatalogView.ProductCard(Texts(owner), product, 1, page, isOwner: true), product, InPlace: true);
    }

    async Task<OwnerOutcome> ChangeProductAsync(CatalogTexts texts, OwnerConversation conversation, Action<Product> change, CancellationToken ct)
    {
        if (await db.Products.FindAsync([conversation.ProductId], ct) is not { } product)
        {
            conversation.Start(OwnerStep.Idle, at: Now());
            return new OwnerOutcome(new MessageContent(texts.NotAvailable));
        }
        change(product);
        Bump(product);
        conversation.Start(OwnerStep.Idle, productId: product.Id, at: Now());
        await db.SaveChangesAsync(ct);
        return await SavedAsync(texts, product, ct);
    }

    async Task<OwnerOutcome> RenameCategoryAsync(CatalogTexts texts, OwnerConversation conversation, string name, CancellationToken ct)
    {
        if (await db.Categories.FindAsync([conversation.CategoryId], ct) is not { } category)
        {
            conversation.Start(OwnerStep.Idle, at: Now());
            return new OwnerOutcome(new MessageContent(texts.UnknownButton));
        }
        category.Title = name;
        category.Version++;
        category.UpdatedAt = Now();
        conversation.Start(OwnerStep.Idle, categoryId: category.Id, at: Now());
        await db.SaveChangesAsync(ct);
        var categories = await CatalogReads.CategoriesAsync(db, ct);
        return new OwnerOutcome(CatalogView.Categories(texts, categories, string.Format(texts.CategoryRenamed, name)), Category: category);
    }

    async Task<OwnerOutcome> SavedAsync(CatalogTexts texts, Product product, CancellationToken ct)
    {
        var page = await CatalogReads.ListPageAsync(db, product, isOwner: true, Catalog.PageSize, ct);
        return new OwnerOutcome(CatalogView.ProductCard(texts, product, 1, page, isOwner: true, texts.Saved), product);
    }

    async Task<OwnerOutcome> MoveAsync(CatalogTexts texts, OwnerConversation conversation, OwnerStep next, CancellationToken ct)
    {
        conversation.Step = next;
        conversation.UpdatedAt = Now();
        return new OwnerOutcome(await AskAsync(texts, conversation, ct));
    }

    async Task<OwnerOutcome> RetryAsync(CatalogTexts texts, string problem, OwnerConversation conversation, CancellationToken ct) =>
        new(OwnerView.Retry(problem, await AskAsync(texts, conversation, ct)));

    async Task<MessageContent> AskAsync(CatalogTexts texts, OwnerConversation conversation, CancellationToken ct)
    {
        var subject = conversation.Step switch
        {
            OwnerStep.RenameCategory => (await db.Categories.FindAsync([conversation.CategoryId], ct))?.Title,
            OwnerStep.NewCategoryName => null,
            >= OwnerStep.EditPrice => (await db.Products.FindAsync([conversation.ProductId], ct))?.Title,
            _ => null,
        };
        var categories = conversation.Step == OwnerStep.NewCategory ? await CatalogReads.CategoriesAsync(db, ct) : [];
        return OwnerView.Ask(texts, conversation.Step, subject ?? "", categories);
    }

    static string? Price(CatalogTexts texts, string text, string currency, out long minor) =>
        PriceParser.TryParse(text, currency, out minor) switch
        {
            PriceProblem.None => null,
            PriceProblem.TooManyDecimals => texts.PriceTooPrecise,
            PriceProblem.OutOfRange => texts.PriceOutOfRange,
            _ => texts.PriceInvalid,
        };

    /// <summary>Now, at PostgreSQL's microsecond precision, so an event published again from the database is the same event.</summary>
    DateTimeOffset Now() => PostgresTime.Truncate(clock.GetUtcNow());

    void Bump(Product product)
    {
        product.Version++;
        product.UpdatedAt = Now();
    }

    /// <summary>The owner's next text or photo is the answer to the step just asked.</summary>
    static ConversationClaimed Claim(TelegramUser owner, DateTimeOffset at) => new(owner.Id, RouteTable.OwnerReply.Endpoint, at);

    static OwnerOutcome Stale(TelegramUser owner) => new(null, Toast: Texts(owner).UnknownButton, Alert: true);

    static CatalogTexts Texts(TelegramUser owner) => CatalogTexts.For(owner.LanguageCode);

    /// <summary>The owner's conversation, locked for this transaction so two replies of one owner take turns.</summary>
    async Task<OwnerConversation?> FindConversationAsync(long ownerId, CancellationToken ct) =>
        db.ChangeTracker.Entries<OwnerConversation>().FirstOrDefault(e => e.Entity.OwnerId == ownerId)?.Entity
        ?? await db.OwnerConversations
            .FromSql($"SELECT * FROM catalog.owner_conversations WHERE owner_id = {ownerId} FOR UPDATE")
            .SingleOrDefaultAsync(ct);

    async Task<OwnerConversation> ConversationAsync(long ownerId, CancellationToken ct)
    {
        if (await FindConversationAsync(ownerId, ct) is { } existing) return existing;
        var created = new OwnerConversation { OwnerId = ownerId, Step = OwnerStep.Idle, UpdatedAt = Now() };
        db.OwnerConversations.Add(created);
        return created;
    }

    /// <summary>An owner answering a step is not searching: a pending search question is dropped.</summary>
    Task<int> ForgetSearchAsync(long userId, CancellationToken ct) =>
        db.SearchPrompts.Where(p => p.UserId == userId).ExecuteDeleteAsync(ct);
}
