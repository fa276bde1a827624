using Shop.Storefront;

namespace Shop.Catalog.Tests;

public sealed class When_catalog_button_data_is_read
{
    static readonly Guid Id = Guid.NewGuid();

    public static TheoryData<string, CatalogCallback> Valid => new()
    {
        { Buttons.Categories, new CatalogCallback.ShowCategories() },
        { Buttons.Search, new CatalogCallback.AskSearch() },
        { CatalogCallback.NothingData, new CatalogCallback.Nothing() },
        { Buttons.Category(Id, 3), new CatalogCallback.ShowCategory(Id, 3) },
        { Buttons.Product(Id), new CatalogCallback.ShowProduct(Id, 1) },
        { Buttons.Product(Id, 4), new CatalogCallback.ShowProduct(Id, 4) },
        { CatalogCallback.Edit(Id, ProductField.Price), new CatalogCallback.EditProduct(Id, ProductField.Price) },
        { CatalogCallback.Edit(Id, ProductField.Description), new CatalogCallback.EditProduct(Id, ProductField.Description) },
        { CatalogCallback.Edit(Id, ProductField.Photo), new CatalogCallback.EditProduct(Id, ProductField.Photo) },
        { CatalogCallback.Toggle(Id), new CatalogCallback.ToggleProduct(Id) },
        { CatalogCallback.Choose(Id), new CatalogCallback.ChooseCategory(Id) },
        { CatalogCallback.Rename(Id), new CatalogCallback.RenameCategory(Id) },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void What_the_views_write_reads_back_the_same(string data, CatalogCallback expected) =>
        Assert.Equal(expected, CatalogCallback.Parse(data));

    [Theory]
    [InlineData("c:")]
    [InlineData("c:p:")]
    [InlineData("c:p:not-a-guid")]
    [InlineData("c:p:0123456789abcdef0123456789abcdef:0")]
    [InlineData("c:p:0123456789abcdef0123456789abcdef:-1")]
    [InlineData("c:p:0123456789abcdef0123456789abcdef:99999")]
    [InlineData("c:p:0123456789abcdef0123456789abcdef:007")]
    [InlineData("c:p:{01234567-89ab-cdef-0123-456789abcdef}")]
    [InlineData("c:cat:0123456789abcdef0123456789abcdef")]
    [InlineData("c:cat:0123456789abcdef0123456789abcdef:1000")]
    [InlineData("c:o:drop:0123456789abcdef0123456789abcdef")]
    [InlineData("c:o:price:0123456789abcdef0123456789abcdef:1")]
    [InlineData("c:cats:1")]
    [InlineData("c:p:0123456789abcdef0123456789abcdef:1 ")]
    public void Forged_or_stale_data_means_nothing(string data) => Assert.Null(CatalogCallback.Parse(data));
}
