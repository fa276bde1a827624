namespace Shop.Storefront;

/// <summary>
/// Callback data owned by each worker (see <see cref="Routing.RouteTable"/>). A button carries at most 64 bytes; each worker
/// gets only its own prefixes and answers forged or stale data under them with an alert.
/// </summary>
public static class Buttons
{
    /// <summary>Home screen (Cart worker).</summary>
    public const string Home = "home";

    /// <summary>Help screen (Cart worker).</summary>
    public const string Help = "help";

    /// <summary>Prefix of every Catalog button: <c>c:cats</c>, <c>c:search</c>, <c>c:p:{productId}</c>, ...</summary>
    public const string CatalogPrefix = "c:";

    /// <summary>The category list (Catalog worker).</summary>
    public const string Categories = "c:cats";

    /// <summary>Ask what to search for (Catalog worker).</summary>
    public const string Search = "c:search";

    /// <summary>The owner's catalog buttons: edit a field, hide or show, choose a category (Catalog worker).</summary>
    public const string CatalogOwnerPrefix = "c:o:";

    /// <summary>Prefix of every Cart button: <c>k:view</c>, <c>k:add:{productId}:{quantity}</c>, ...</summary>
    public const string CartPrefix = "k:";

    /// <summary>Prefix of every Ordering button: checkout steps, order actions, order lists (Ordering worker).</summary>
    public const string OrderingPrefix = "o:";

    /// <summary>The checkout wizard's buttons (Ordering worker).</summary>
    public const string CheckoutPrefix = "o:co:";

    /// <summary>Start the checkout from the cart (Cart worker).</summary>
    public const string CartCheckout = "k:checkout";

    /// <summary>Staff answering a customer's question (Ingress): <c>s:r:{userId}</c>.</summary>
    public const string SupportPrefix = "s:";

    /// <summary>Write an answer to the customer who asked a question (Ingress).</summary>
    public static string ReplyToCustomer(long userId) => $"s:r:{userId}";

    /// <summary>Prefix of every Access button: approve or reject a request, the list of requests (Access worker).</summary>
    public const string AccessPrefix = "a:";

    /// <summary>The cart (Cart worker).</summary>
    public const string Cart = "k:view";

    /// <summary>A product card (Catalog worker); ids are written in the 32-digit "N" format to fit the limit.</summary>
    public static string Product(Guid productId) => $"c:p:{productId:N}";

    /// <summary>A product card with its quantity stepper at <paramref name="quantity"/> (Catalog worker).</summary>
    public static string Product(Guid productId, int quantity) => $"c:p:{productId:N}:{quantity}";

    /// <summary>One page (from 0) of a category's products (Catalog worker).</summary>
    public static string Category(Guid categoryId, int page = 0) => $"c:cat:{categoryId:N}:{page}";

    /// <summary>Add a quantity of a product to the cart (Cart worker).</summary>
    public static string AddToCart(Guid productId, int quantity) => $"{AddToCartPrefix(productId)}{quantity}";

    /// <summary>What every "add" button of one product starts with, whatever its quantity.</summary>
    public static string AddToCartPrefix(Guid productId) => $"k:add:{productId:N}:";
}
