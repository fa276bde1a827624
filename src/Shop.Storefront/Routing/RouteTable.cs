namespace Shop.Storefront.Routing;

/// <summary>
/// Where every user update goes: button data and commands to the one consumer that answers them; text, photos, contacts and
/// <c>/cancel</c> to whichever conversation handler holds the user's conversation (recorded by the Ingress from
/// <c>ConversationClaimed</c>). Whatever matches nothing here gets the Ingress's fallback: an unknown command is pointed to
/// /help, a stale or forged button gets a toast, a customer's stray text goes to the staff as a question.
/// The Ingress sends each update to its handler's queue; no other queue sees it.
/// </summary>
public static class RouteTable
{
    // Cart: the home screen and the cart.
    public static readonly UpdateHandler HomeCommand = new(Workers.Cart, "HomeCommand");
    public static readonly UpdateHandler HomeButton = new(Workers.Cart, "HomeButton");
    public static readonly UpdateHandler CartCommand = new(Workers.Cart, "CartCommand");
    public static readonly UpdateHandler CartButton = new(Workers.Cart, "CartButton");
    public static readonly UpdateHandler CartCheckoutButton = new(Workers.Cart, "CheckoutButton");

    // Catalog: browsing, search, and the owner's catalog management.
    public static readonly UpdateHandler BrowseButton = new(Workers.Catalog, "BrowseButton");
    public static readonly UpdateHandler SearchButton = new(Workers.Catalog, "SearchButton");
    public static readonly UpdateHandler SearchCommand = new(Workers.Catalog, "SearchCommand");
    public static readonly UpdateHandler SearchReply = new(Workers.Catalog, "SearchReply", InputKinds.Text | InputKinds.Cancel);
    public static readonly UpdateHandler OwnerCommand = new(Workers.Catalog, "OwnerCommand");
    public static readonly UpdateHandler OwnerButton = new(Workers.Catalog, "OwnerButton");
    public static readonly UpdateHandler OwnerReply = new(Workers.Catalog, "OwnerReply", InputKinds.Text | InputKinds.Photo | InputKinds.Cancel);

    // Ordering: the checkout wizard, order screens and staff actions.
    public static readonly UpdateHandler CheckoutButton = new(Workers.Ordering, "CheckoutButton");
    public static readonly UpdateHandler CheckoutInput = new(Workers.Ordering, "CheckoutInput", InputKinds.Text | InputKinds.Contact | InputKinds.Cancel);
    public static readonly UpdateHandler OrderButton = new(Workers.Ordering, "OrderButton");
    public static readonly UpdateHandler OrderCommand = new(Workers.Ordering, "OrderCommand");
    public static readonly UpdateHandler OrderRejectReason = new(Workers.Ordering, "RejectReason", InputKinds.Text | InputKinds.Cancel);

    // Access: requests to join a private shop and the owners' decisions.
    public static readonly UpdateHandler RequestCommand = new(Workers.Access, "RequestCommand");
    public static readonly UpdateHandler AccessCommand = new(Workers.Access, "AccessCommand");
    public static readonly UpdateHandler AccessButton = new(Workers.Access, "AccessButton");
    public static readonly UpdateHandler AccessRejectReason = new(Workers.Access, "RejectReason", InputKinds.Text | InputKinds.Cancel);

    // Ingress: a staff member's answer to a customer's question.
    public static readonly UpdateHandler SupportButton = new(Workers.Ingress, "SupportButton");
    public static readonly UpdateHandler SupportReply = new(Workers.Ingress, "SupportReply", InputKinds.Text | InputKinds.Cancel);

    /// <summary>The command every conversation handler answers; with no conversation open the Ingress says there is nothing to cancel.</summary>
    public const string Cancel = "cancel";

    public static readonly Routes Current = new Routes()
        .Button(HomeButton, Buttons.Home, Buttons.Help)
        .Command(HomeCommand, "start", "help")
        .Command(CartCommand, "cart")
        .ButtonPrefix(CartButton, Buttons.CartPrefix)
        .Button(CartCheckoutButton, Buttons.CartCheckout)

        .ButtonPrefix(BrowseButton, Buttons.CatalogPrefix)
        .Button(SearchButton, Buttons.Search)
        .Command(SearchCommand, "search")
        .Conversation(SearchReply)
        .ButtonPrefix(OwnerButton, Buttons.CatalogOwnerPrefix)
        .Command(OwnerCommand, "newproduct", "newcategory", "skip")
        .Conversation(OwnerReply)

        .ButtonPrefix(CheckoutButton, Buttons.CheckoutPrefix)
        .Conversation(CheckoutInput)
        .ButtonPrefix(OrderButton, Buttons.OrderingPrefix)
        .Command(OrderCommand, "orders", "order", "fulfill", "myorders")
        .Conversation(OrderRejectReason)

        .Command(RequestCommand, "request")
        .Command(AccessCommand, "requests", "grant", "revoke", "accessmode")
        .ButtonPrefix(AccessButton, Buttons.AccessPrefix)
        .Conversation(AccessRejectReason)

        .ButtonPrefix(SupportButton, Buttons.SupportPrefix)
        .Conversation(SupportReply);
}
