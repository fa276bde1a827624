using Shop.Cart.Shopping;
using Shop.Storefront;

namespace Shop.Cart.Tests;

public sealed class When_reading_cart_button_data
{
    static readonly Guid Id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Fact]
    public void Every_button_the_cart_and_catalog_make_reads_back()
    {
        Assert.Equal(new CartPress(CartPressKind.Add, Id, 2), Parse(Buttons.AddToCart(Id, 2)));
        Assert.Equal(new CartPress(CartPressKind.Increase, Id), Parse(CartButtons.Increase(Id)));
        Assert.Equal(new CartPress(CartPressKind.Decrease, Id), Parse(CartButtons.Decrease(Id)));
        Assert.Equal(new CartPress(CartPressKind.Remove, Id), Parse(CartButtons.Remove(Id)));
        Assert.Equal(new CartPress(CartPressKind.View), Parse(Buttons.Cart));
        Assert.Equal(new CartPress(CartPressKind.Clear), Parse(CartButtons.Clear));
        Assert.Equal(new CartPress(CartPressKind.ConfirmClear), Parse(CartButtons.ConfirmClear));
        Assert.Equal(new CartPress(CartPressKind.Checkout), Parse(CartButtons.Checkout));
    }

    [Theory]
    [InlineData("k:add:0f8fad5bd9cb469fa16570867728950e:0")]
    [InlineData("k:add:0f8fad5bd9cb469fa16570867728950e:-1")]
    [InlineData("k:add:0f8fad5bd9cb469fa16570867728950e:+1")]
    [InlineData("k:add:0f8fad5bd9cb469fa16570867728950e: 1")]
    [InlineData("k:add:0f8fad5bd9cb469fa16570867728950e:100")]
    [InlineData("k:add:0f8fad5bd9cb469fa16570867728950e:99999999999")]
    [InlineData("k:add:0f8fad5bd9cb469fa16570867728950e:x")]
    [InlineData("k:add:0f8fad5bd9cb469fa16570867728950e")]
    [InlineData("k:add:0f8fad5bd9cb469fa16570867728950e:1:1")]
    [InlineData("k:add:0f8fad5b-d9cb-469f-a165-70867728950e:1")]
    [InlineData("k:add:0f8fad5bd9cb469fa16570867728950:1")]
    [InlineData("k:add:00000000000000000000000000000000:1")]
    [InlineData("k:add::1")]
    [InlineData("k:inc:nonsense")]
    [InlineData("k:dec:")]
    [InlineData("k:del:0f8fad5bd9cb469fa16570867728950e:1")]
    [InlineData("k:view:1")]
    [InlineData("k:clear:no")]
    [InlineData("k:checkout:1")]
    [InlineData("k:checkout:0f8fad5bd9cb469fa16570867728950e")]
    [InlineData("k:CHECKOUT")]
    [InlineData("k:checkout ")]
    [InlineData("k:")]
    [InlineData("k:VIEW")]
    [InlineData("c:cats")]
    [InlineData("")]
    public void Forged_or_garbled_data_is_refused(string data) =>
        Assert.False(CartButtons.TryParse(data, out _));

    static CartPress? Parse(string data) => CartButtons.TryParse(data, out var press) ? press : null;
}
