using Shop.Cart.Data;
using Shop.Cart.Shopping;

namespace Shop.Cart.Tests;

/// <summary>Products and carts for the pure tests.</summary>
public static class Carts
{
    public static Product Mug => Product("Mug", 1250, stock: 10);

    public static Product Product(string title, long priceMinor, int stock = 10, bool active = true, string currency = "USD") => new()
    {
        ProductId = Guid.NewGuid(),
        Title = title,
        PriceMinor = priceMinor,
        Currency = currency,
        Stock = stock,
        Active = active,
        Version = 1,
    };

    public static CartContents With(Product product, int quantity) => new([new CartItem(product.ProductId, quantity, product)]);

    public static CartContents With(params (Product Product, int Quantity)[] lines) =>
        new(lines.Select(line => new CartItem(line.Product.ProductId, line.Quantity, line.Product)).ToList());
}
