using Shop.Cart.Checkout;
using Shop.Cart.Data;
using Shop.Cart.Shopping;
using Shop.Contracts.Ordering;

namespace Shop.Cart.Tests;

public sealed class When_checking_out_a_cart
{
    [Fact]
    public void The_order_gets_what_can_be_bought_now_as_priced_now()
    {
        var mug = Carts.Product("Mug", 1250, stock: 10);
        var lamp = Carts.Product("Lamp", 9900, stock: 2);

        var draft = CheckoutRules.Draft(Carts.With((mug, 3), (lamp, 5)));

        Assert.Equal(CheckoutOutcome.Ready, draft.Outcome);
        Assert.Equal("USD", draft.Currency);
        Assert.Equal([new OrderLine(mug.ProductId, "Mug", 1250, 3), new OrderLine(lamp.ProductId, "Lamp", 9900, 2)], draft.Lines);
    }

    [Fact]
    public void Out_of_stock_hidden_and_unknown_lines_are_left_out()
    {
        var mug = Carts.Product("Mug", 1250);
        var soldOut = Carts.Product("Poster", 500, stock: 0);
        var hidden = Carts.Product("Lamp", 9900, active: false);
        var cart = new CartContents([
            new CartItem(soldOut.ProductId, 2, soldOut), new CartItem(mug.ProductId, 1, mug),
            new CartItem(hidden.ProductId, 1, hidden), new CartItem(Guid.NewGuid(), 4, null),
        ]);

        var draft = CheckoutRules.Draft(cart);

        Assert.Equal([new OrderLine(mug.ProductId, "Mug", 1250, 1)], draft.Lines);
    }

    [Fact]
    public void A_cart_with_nothing_buyable_cannot_be_checked_out()
    {
        Assert.Equal(CheckoutOutcome.NothingToBuy, CheckoutRules.Draft(CartContents.Empty).Outcome);
        var draft = CheckoutRules.Draft(Carts.With(Carts.Product("Poster", 500, stock: 0), 2));
        Assert.Equal(CheckoutOutcome.NothingToBuy, draft.Outcome);
        Assert.Empty(draft.Lines);
    }

    [Fact]
    public void Buyable_lines_in_two_currencies_are_refused_but_an_unbuyable_one_does_not_count()
    {
        var mug = Carts.Product("Mug", 1000);
        var sticker = Carts.Product("Sticker", 50, currency: "XTR");
        var soldOutSticker = Carts.Product("Sticker", 50, stock: 0, currency: "XTR");

        Assert.Equal(CheckoutOutcome.SeveralCurrencies, CheckoutRules.Draft(Carts.With((mug, 1), (sticker, 2))).Outcome);
        Assert.Equal(CheckoutOutcome.Ready, CheckoutRules.Draft(Carts.With((mug, 1), (soldOutSticker, 2))).Outcome);
    }
}

public sealed class When_an_order_is_taken_out_of_the_cart
{
    static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    static readonly Guid Mug = Guid.NewGuid(), Pen = Guid.NewGuid(), Cup = Guid.NewGuid();

    static CustomerCart CartWith(params (Guid ProductId, int Quantity)[] lines) => new()
    {
        UserId = 7,
        Lines = lines.Select(l => new CartLine { UserId = 7, ProductId = l.ProductId, Quantity = l.Quantity, AddedAt = Now.AddHours(-1) }).ToList(),
    };

    static OrderLine Ordered(Guid productId, int quantity) => new(productId, "Item", 100, quantity);

    static IEnumerable<(Guid, int)> Contents(CustomerCart cart) => cart.Lines.Select(l => (l.ProductId, l.Quantity));

    [Fact]
    public void Ordered_quantities_leave_and_an_emptied_line_is_removed()
    {
        var cart = CartWith((Mug, 3), (Pen, 2));

        var taken = CheckoutRules.Subtract(cart, [Ordered(Mug, 3), Ordered(Pen, 1)], Now);

        Assert.Equal(4, taken);
        Assert.Equal([(Pen, 1)], Contents(cart));
        Assert.Equal(Now, cart.UpdatedAt);
    }

    [Fact]
    public void What_was_added_after_checkout_stays()
    {
        var cart = CartWith((Mug, 5), (Cup, 1));

        CheckoutRules.Subtract(cart, [Ordered(Mug, 3)], Now);

        Assert.Equal([(Mug, 2), (Cup, 1)], Contents(cart));
    }

    [Fact]
    public void A_line_lowered_after_checkout_goes_to_nothing_never_below()
    {
        var cart = CartWith((Mug, 1), (Pen, 4));

        var taken = CheckoutRules.Subtract(cart, [Ordered(Mug, 3)], Now);

        Assert.Equal(1, taken);
        Assert.Equal([(Pen, 4)], Contents(cart));
    }

    [Fact]
    public void A_line_removed_after_checkout_changes_nothing()
    {
        var cart = CartWith((Pen, 2));

        var taken = CheckoutRules.Subtract(cart, [Ordered(Mug, 3), Ordered(Pen, 0), Ordered(Pen, -5)], Now);

        Assert.Equal(0, taken);
        Assert.Equal([(Pen, 2)], Contents(cart));
        Assert.Equal(default, cart.UpdatedAt);
    }

    [Fact]
    public void A_product_listed_twice_is_taken_out_as_its_sum()
    {
        var cart = CartWith((Mug, 5));

        CheckoutRules.Subtract(cart, [Ordered(Mug, 2), Ordered(Mug, 1)], Now);

        Assert.Equal([(Mug, 2)], Contents(cart));
    }
}
