using Shop.Cart.Data;
using Shop.Cart.Shopping;

namespace Shop.Cart.Tests;

public sealed class When_applying_cart_rules
{
    static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    static CustomerCart CartWith(params (Product Product, int Quantity)[] lines) => new()
    {
        UserId = 7,
        Lines = lines.Select(l => new CartLine { UserId = 7, ProductId = l.Product.ProductId, Quantity = l.Quantity, AddedAt = Now }).ToList(),
    };

    static int QuantityOf(CustomerCart cart, Product product) => cart.Lines.SingleOrDefault(l => l.ProductId == product.ProductId)?.Quantity ?? 0;

    [Theory]
    [InlineData(0, 2, 10, CartOutcome.Added, 2)]
    [InlineData(3, 2, 10, CartOutcome.Added, 5)]
    [InlineData(8, 5, 10, CartOutcome.AddedUpToStock, 10)]
    [InlineData(10, 1, 10, CartOutcome.AllInStock, 10)]
    [InlineData(12, 1, 10, CartOutcome.AllInStock, 12)]
    [InlineData(0, 1, 0, CartOutcome.OutOfStock, 0)]
    [InlineData(2, 1, -1, CartOutcome.OutOfStock, 2)]
    public void Adding_is_bounded_by_the_stock(int inCart, int requested, int stock, CartOutcome outcome, int quantity) =>
        Assert.Equal((outcome, quantity), CartRules.Add(inCart, requested, Carts.Product("Mug", 100, stock)));

    [Fact]
    public void An_unknown_or_hidden_product_cannot_be_added()
    {
        Assert.Equal((CartOutcome.Unavailable, 0), CartRules.Add(0, 1, null));
        Assert.Equal((CartOutcome.Unavailable, 1), CartRules.Add(1, 1, Carts.Product("Mug", 100, active: false)));
    }

    [Fact]
    public void Adding_a_new_product_makes_a_line_and_adding_again_grows_it()
    {
        var mug = Carts.Product("Mug", 100, stock: 5);
        var cart = CartWith();

        var first = CartRules.Apply(cart, new CartPress(CartPressKind.Add, mug.ProductId, 2), mug, Now);
        var second = CartRules.Apply(cart, new CartPress(CartPressKind.Add, mug.ProductId, 2), mug, Now);
        var third = CartRules.Apply(cart, new CartPress(CartPressKind.Add, mug.ProductId, 2), mug, Now);

        Assert.Equal(new CartChange(CartOutcome.Added, "Mug", 2, 2), first);
        Assert.Equal(new CartChange(CartOutcome.Added, "Mug", 2, 4), second);
        Assert.Equal(new CartChange(CartOutcome.AddedUpToStock, "Mug", 1, 5), third);
        Assert.Equal(5, QuantityOf(cart, mug));
        Assert.Equal(Now, cart.UpdatedAt);
    }

    [Fact]
    public void A_refused_add_changes_nothing()
    {
        var hidden = Carts.Product("Lamp", 100, active: false);
        var cart = CartWith();

        var change = CartRules.Apply(cart, new CartPress(CartPressKind.Add, hidden.ProductId, 1), hidden, Now);
        var unknown = CartRules.Apply(cart, new CartPress(CartPressKind.Add, Guid.NewGuid(), 1), null, Now);

        Assert.Equal(CartOutcome.Unavailable, change.Outcome);
        Assert.Equal(CartOutcome.Unavailable, unknown.Outcome);
        Assert.Empty(cart.Lines);
        Assert.Equal(default, cart.UpdatedAt);
    }

    [Fact]
    public void Plus_adds_one_up_to_the_stock_and_needs_the_line()
    {
        var mug = Carts.Product("Mug", 100, stock: 3);
        var cart = CartWith((mug, 2));

        var plus = CartRules.Apply(cart, new CartPress(CartPressKind.Increase, mug.ProductId), mug, Now);
        var atStock = CartRules.Apply(cart, new CartPress(CartPressKind.Increase, mug.ProductId), mug, Now);
        var other = Carts.Product("Pen", 100);
        var notInCart = CartRules.Apply(cart, new CartPress(CartPressKind.Increase, other.ProductId), other, Now);

        Assert.Equal(CartOutcome.Changed, plus.Outcome);
        Assert.Equal(CartOutcome.AllInStock, atStock.Outcome);
        Assert.Equal(CartOutcome.NotInCart, notInCart.Outcome);
        Assert.Equal(3, QuantityOf(cart, mug));
        Assert.Single(cart.Lines);
    }

    [Fact]
    public void Minus_to_zero_removes_the_line_even_when_out_of_stock()
    {
        var poster = Carts.Product("Poster", 100, stock: 0);
        var cart = CartWith((poster, 2));

        Assert.Equal(CartOutcome.Changed, CartRules.Apply(cart, new CartPress(CartPressKind.Decrease, poster.ProductId), poster, Now).Outcome);
        Assert.Equal(CartOutcome.Removed, CartRules.Apply(cart, new CartPress(CartPressKind.Decrease, poster.ProductId), poster, Now).Outcome);
        Assert.Equal(CartOutcome.NotInCart, CartRules.Apply(cart, new CartPress(CartPressKind.Decrease, poster.ProductId), poster, Now).Outcome);
        Assert.Empty(cart.Lines);
    }

    [Fact]
    public void Remove_and_empty_take_lines_out()
    {
        var mug = Carts.Product("Mug", 100);
        var pen = Carts.Product("Pen", 100);
        var cart = CartWith((mug, 2), (pen, 1));

        Assert.Equal(new CartChange(CartOutcome.Removed, "Mug"), CartRules.Apply(cart, new CartPress(CartPressKind.Remove, mug.ProductId), mug, Now));
        Assert.Equal([pen.ProductId], cart.Lines.Select(l => l.ProductId));
        Assert.Equal(CartOutcome.Cleared, CartRules.Apply(cart, new CartPress(CartPressKind.ConfirmClear), null, Now).Outcome);
        Assert.Empty(cart.Lines);
    }

    [Fact]
    public void A_cart_holds_a_bounded_number_of_products()
    {
        var cart = CartWith(Enumerable.Range(0, CartRules.MaxLines).Select(i => (Carts.Product($"P{i}", 100), 1)).ToArray());
        var one = Carts.Product("One more", 100);

        var change = CartRules.Apply(cart, new CartPress(CartPressKind.Add, one.ProductId, 1), one, Now);

        Assert.Equal(CartOutcome.CartFull, change.Outcome);
        Assert.Equal(CartRules.MaxLines, cart.Lines.Count);
    }
}
