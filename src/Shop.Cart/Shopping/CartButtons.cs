using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Shop.Storefront;

namespace Shop.Cart.Shopping;

/// <summary>
/// The callback data of the cart's buttons (prefix <c>k:</c>) and their strict reading: anything that is not exactly one
/// of these forms (a forged or garbled button) is refused, never guessed at.
/// </summary>
public static class CartButtons
{
    public const string View = Buttons.Cart;
    public const string Clear = "k:clear";
    public const string ConfirmClear = "k:clear:yes";
    public const string Checkout = Buttons.CartCheckout;

    /// <summary>The largest quantity one Add button may carry; the stock bounds the cart anyway.</summary>
    public const int MaxAddQuantity = 99;

    public static string Add(Guid productId, int quantity) => Buttons.AddToCart(productId, quantity);

    public static string Increase(Guid productId) => $"k:inc:{productId:N}";

    public static string Decrease(Guid productId) => $"k:dec:{productId:N}";

    public static string Remove(Guid productId) => $"k:del:{productId:N}";

    public static bool TryParse(string data, [NotNullWhen(true)] out CartPress? press)
    {
        press = data.Split(':') switch
        {
            ["k", "view"] => new CartPress(CartPressKind.View),
            ["k", "clear"] => new CartPress(CartPressKind.Clear),
            ["k", "clear", "yes"] => new CartPress(CartPressKind.ConfirmClear),
            ["k", "checkout"] => new CartPress(CartPressKind.Checkout),
            ["k", "add", var id, var quantity] when TryParseId(id, out var productId) && TryParseQuantity(quantity, out var count) =>
                new CartPress(CartPressKind.Add, productId, count),
            ["k", "inc", var id] when TryParseId(id, out var productId) => new CartPress(CartPressKind.Increase, productId),
            ["k", "dec", var id] when TryParseId(id, out var productId) => new CartPress(CartPressKind.Decrease, productId),
            ["k", "del", var id] when TryParseId(id, out var productId) => new CartPress(CartPressKind.Remove, productId),
            _ => null,
        };
        return press is not null;
    }

    static bool TryParseId(string text, out Guid id) =>
        Guid.TryParseExact(text, "N", out id) && id != Guid.Empty;

    static bool TryParseQuantity(string text, out int quantity) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out quantity) && quantity is >= 1 and <= MaxAddQuantity;
}
