using Shop.Catalog.Data;

namespace Shop.Catalog.Tests;

/// <summary>Categories and products for view tests.</summary>
static class Samples
{
    public static Category Category(string title = "Coffee") =>
        new() { Id = Guid.NewGuid(), Title = title, Position = 1, Active = true, Version = 1 };

    public static Product Product(Category category, string title = "Espresso", int stock = 5, string? photo = null, string description = "Dark roast.") =>
        new()
        {
            Id = Guid.NewGuid(), CategoryId = category.Id, Title = title, Description = description, PriceMinor = 1250, Currency = "EUR",
            PhotoFileId = photo, Stock = stock, Active = true, Position = 1, Version = 1,
        };
}
