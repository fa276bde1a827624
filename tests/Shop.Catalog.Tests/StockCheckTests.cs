using Shop.Catalog.Data;
using Shop.Catalog.Stock;
using Shop.Contracts.Ordering;

namespace Shop.Catalog.Tests;

public sealed class When_an_order_is_checked_against_stock
{
    static readonly Category Shelf = Samples.Category();

    [Fact]
    public void A_product_named_twice_must_have_the_sum_in_stock()
    {
        var beans = Samples.Product(Shelf, "Beans", stock: 3);
        var lines = StockCheck.Merge([Line(beans, 2), Line(beans, 2)]);

        var shortfall = Assert.Single(StockCheck.Shortfalls(lines, Index(beans)));

        Assert.Equal(new StockShortfall(beans.Id, "Beans", 4, 3), shortfall);
    }

    [Fact]
    public void Hidden_and_gone_products_have_none_and_a_gone_one_keeps_the_order_s_title()
    {
        var hidden = Samples.Product(Shelf, "Hidden Tea", stock: 10);
        hidden.Active = false;
        var plenty = Samples.Product(Shelf, "Plenty", stock: 10);
        var gone = new OrderLine(Guid.NewGuid(), "Old Kettle", 2500, 1);

        var shortfalls = StockCheck.Shortfalls(StockCheck.Merge([Line(plenty, 10), Line(hidden, 1), gone]), Index(hidden, plenty));

        Assert.Equal([new StockShortfall(hidden.Id, "Hidden Tea", 1, 0), new StockShortfall(gone.ProductId, "Old Kettle", 1, 0)], shortfalls);
    }

    [Fact]
    public void A_short_line_carries_the_product_s_current_title()
    {
        var renamed = Samples.Product(Shelf, "Renamed", stock: 1);
        var ordered = new OrderLine(renamed.Id, "Title when ordered", renamed.PriceMinor, 2);

        Assert.Equal("Renamed", Assert.Single(StockCheck.Shortfalls(StockCheck.Merge([ordered]), Index(renamed))).Title);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_line_for_less_than_one_is_refused_as_broken(int quantity) =>
        Assert.Throws<ArgumentException>(() => StockCheck.Merge([Line(Samples.Product(Shelf), quantity)]));

    static OrderLine Line(Product product, int quantity) => new(product.Id, product.Title, product.PriceMinor, quantity);

    static Dictionary<Guid, Product> Index(params Product[] products) => products.ToDictionary(p => p.Id);
}
