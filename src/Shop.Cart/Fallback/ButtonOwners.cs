using Shop.Storefront;

namespace Shop.Cart.Fallback;

/// <summary>Which callback data some worker acts on; data no worker owns came from an old or forged button.</summary>
public static class ButtonOwners
{
    /// <summary>Prefixes of the Ordering (<c>o:</c>) and Access (<c>a:</c>) workers, reserved before they exist.</summary>
    public static readonly IReadOnlyList<string> Prefixes = [Buttons.CatalogPrefix, Buttons.CartPrefix, "o:", "a:"];

    public static bool IsOwned(string data) =>
        data is Buttons.Home or Buttons.Help || Prefixes.Any(prefix => data.StartsWith(prefix, StringComparison.Ordinal));
}
