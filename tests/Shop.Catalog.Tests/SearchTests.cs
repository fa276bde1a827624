using Microsoft.EntityFrameworkCore;
using Shop.Catalog.Data;
using Shop.Catalog.Demo;
using Shop.Catalog.Search;
using Shop.Messaging;
using Shop.Testing;

namespace Shop.Catalog.Tests;

/// <summary>Search against real PostgreSQL (pg_trgm and unaccent, as the migration sets them up).</summary>
public sealed class When_customers_search : IAsyncLifetime
{
    PostgresDatabase _database = null!;
    CatalogDbContext _db = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        _db = NewContext(_database.ConnectionString);
        await _db.Database.MigrateAsync();
        var category = new Category { Id = Guid.NewGuid(), Title = "Drinks", Position = 1, Version = 1 };
        _db.Categories.Add(category);
        _db.Products.AddRange(
            Product(category, "Кофе в зёрнах", "Арабика средней обжарки."),
            Product(category, "Café Crème", "A mild, smooth roast."),
            Product(category, "Coffee Beans", "Dark roast."),
            Product(category, "Green Tea", "Japanese sencha with a fresh, grassy taste."),
            Product(category, "Earl Grey", "Black tea with bergamot."),
            Product(category, "Hidden Coffee", "Not for sale.", active: false));
        await _db.SaveChangesAsync();
    }

    static CatalogDbContext NewContext(string connectionString) =>
        new((DbContextOptions<CatalogDbContext>)ShopDatabase.Configure(new DbContextOptionsBuilder<CatalogDbContext>(), CatalogDbContext.Schema,
            connectionString).Options);

    static Product Product(Category category, string title, string description, bool active = true) => new()
    {
        Id = Guid.NewGuid(), CategoryId = category.Id, Title = title, Description = description, PriceMinor = 500, Currency = "EUR",
        Stock = 3, Active = active, Position = 1, Version = 1,
    };

    async Task<IReadOnlyList<string>> Search(string typed) =>
        (await ProductSearch.FindAsync(_db, SearchQuery.Normalize(typed)!, CancellationToken.None)).Select(p => p.Title).ToList();

    [Theory]
    [InlineData("Кофе", "Кофе в зёрнах")]
    [InlineData("КОФЕ", "Кофе в зёрнах")]
    [InlineData("зерна", "Кофе в зёрнах")]
    [InlineData("кофэ", "Кофе в зёрнах")]
    [InlineData("cafe", "Café Crème")]
    [InlineData("CRÈME", "Café Crème")]
    [InlineData("cofee", "Coffee Beans")]
    [InlineData("coffe beans", "Coffee Beans")]
    [InlineData("bergamot", "Earl Grey")]
    [InlineData("grean tea", "Green Tea")]
    public async Task Case_accents_and_small_typos_still_find_the_product(string typed, string title) =>
        Assert.Equal(title, (await Search(typed)).First());

    [Fact]
    public async Task A_title_match_comes_before_a_description_match()
    {
        var found = await Search("tea");

        Assert.Equal(["Green Tea", "Earl Grey"], found);
    }

    [Fact]
    public async Task Hidden_products_are_never_found() =>
        Assert.DoesNotContain("Hidden Coffee", await Search("hidden coffee"));

    [Fact]
    public async Task Unrelated_words_find_nothing() => Assert.Empty(await Search("unicorn saddle"));

    [Fact]
    public async Task The_demo_catalog_loads_into_an_empty_catalog_only_once()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var db = NewContext(database.ConnectionString);
        await db.Database.MigrateAsync();

        var first = await DemoCatalog.LoadIfEmptyAsync(db, "http://127.0.0.1:5080/", "EUR", DateTimeOffset.UtcNow, CancellationToken.None);
        var second = await DemoCatalog.LoadIfEmptyAsync(db, "http://127.0.0.1:5080/", "EUR", DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.InRange(first.Products.Count, 10, 20);
        Assert.Contains(first.Products, p => p.PhotoFileId == "http://127.0.0.1:5080/sandbox/demo/espresso.svg");
        Assert.Contains(first.Products, p => p.PhotoFileId is null);
        Assert.Empty(second.Products);
        Assert.Equal(first.Products.Count, await database.ScalarAsync("SELECT count(*) FROM catalog.products"));
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _database.DisposeAsync();
    }
}
